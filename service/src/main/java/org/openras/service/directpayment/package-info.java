/**
 * Direct-payment monitoring (issue 24, docs/adr/0029): account statements imported from a CSV
 * export through a column mapping, the finance officers' lists (accounts due a review, with a
 * recoverable surplus, with an overdue return, of holders who have died), their decisions recorded
 * in the audit trail with the calculation behind each, and the letter to the person or their
 * representative (HTML and PDF). API under {@code /api/v1/direct-payments}, pages under {@code
 * /web/finance/direct-payments}.
 */
package org.openras.service.directpayment;
