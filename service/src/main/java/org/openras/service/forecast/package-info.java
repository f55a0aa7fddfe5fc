/**
 * Medium-term financial planning in the service (issue 26, docs/adr/0032): a forecast of people and
 * net council cost by client group, run as a job any instance takes from the database queue, its
 * inputs and report kept until their retention runs out or a finance officer deletes them; the API
 * and the finance officer's pages with fan charts.
 */
package org.openras.service.forecast;
