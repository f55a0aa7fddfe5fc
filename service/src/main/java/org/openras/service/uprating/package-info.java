/**
 * The April uprating in the product (issue 16): a policy officer starts next year's figures from a
 * version, enters the circular's values on a page or through the API, and then validates, tests,
 * compares and publishes the draft as any other. Drafts made here are kept in the database ({@code
 * uprating_draft}) and served beside the configured rule store (docs/adr/0007).
 *
 * <p>The policy officer's uprating pages ({@code UpratingPages}, docs/adr/0015) start a draft and
 * enter its figures.
 */
package org.openras.service.uprating;
