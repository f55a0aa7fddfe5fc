/**
 * The April uprating in the product (issue 16): a policy officer starts next year's figures from a
 * version, enters the circular's values on a page or through the API, and then validates, tests,
 * compares and publishes the draft as any other. Drafts made here are kept in the database ({@code
 * uprating_draft}) and served beside the configured rule store (docs/adr/0007).
 */
package org.openras.service.uprating;
