/**
 * Four-eyes publishing (issue 23, docs/adr/0028): a policy officer proposes to publish or withdraw
 * a rule-set version; another reads the review (validation, cases, and the diff from the version it
 * follows) and approves or rejects it. An approval writes the publication log's entry through
 * {@code publication.Publications}, naming both people and the digest of the review shown. A
 * proposal is stale once the draft's files change. The pages ({@code ProposalPages}) and the API
 * ({@code ProposalController}) use the same {@link org.openras.service.approval.Proposals}.
 */
package org.openras.service.approval;
