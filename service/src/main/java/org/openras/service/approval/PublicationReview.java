package org.openras.service.approval;

import org.openras.engine.json.Json;
import org.openras.service.audit.AuditHash;
import org.openras.service.ruleset.RuleSetViews.RuleSetDiff;
import org.openras.service.ruleset.RuleSetViews.RuleSetValidation;

/**
 * What an approver sees before approving a proposal: the version as it stands (its state and
 * content hash), its validation beside the published and scheduled versions with its cases run, and
 * what changes from the version it follows in its area ({@code comparedWith}; no diff when it is
 * the area's first). Its digest is the SHA-256 of this record as JSON; an approval names the digest
 * it read, the decision keeps the JSON and the log entry the digest (docs/adr/0028).
 */
public record PublicationReview(
    String proposalId,
    String area,
    String version,
    String action,
    String state,
    String contentHash,
    String comparedWith,
    RuleSetValidation validation,
    RuleSetDiff diff) {

  /** This review as JSON, the text its digest is taken over. */
  public String json() {
    return Json.mapper().writeValueAsString(this);
  }

  /** The SHA-256 of {@link #json()}, in hex. */
  public String digest() {
    return AuditHash.sha256(json());
  }
}
