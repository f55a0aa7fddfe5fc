/**
 * Agreed budgets (issue 23, docs/adr/0027): from the indicative figure of a recorded calculation to
 * the personal budget the council agrees, with the support plan's cost, the reason for any
 * difference, who proposed and who approved. Each step is an audit record chained with the
 * calculations; the {@code agreed_budget} table holds the current state.
 */
package org.openras.service.agreed;
