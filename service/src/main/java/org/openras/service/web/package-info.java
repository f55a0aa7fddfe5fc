/**
 * The web pages (issue 11): server-rendered GOV.UK-styled pages over the same engine and audit
 * trail as the API. An assessor records an assessment of a person's needs, eligibility and
 * finances, and reads the indicative personal budget, what the person pays and, in plain English,
 * how each figure was worked out; the person gets a printable statement of it.
 */
package org.openras.service.web;
