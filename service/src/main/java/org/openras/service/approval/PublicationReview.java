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

  /**
   * The engine's JSON without null members: the text the API sends (docs/adr/0023), so a client can
   * check the digest against what it read.
   */
  private static final tools.jackson.databind.ObjectMapper AS_SENT =
      Json.mapper()
          .rebuild()
          .changeDefaultPropertyInclusion(
              i ->
                  com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL,
                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
          .build();

  /** This review as JSON, as the API sends it: the text its digest is taken over. */
  public String json() {
    return AS_SENT.writeValueAsString(this);
  }

  /** The SHA-256 of {@link #json()}, in hex. */
  public String digest() {
    return AuditHash.sha256(json());
  }
}
