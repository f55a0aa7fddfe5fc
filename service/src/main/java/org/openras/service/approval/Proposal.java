package org.openras.service.approval;

import java.time.Instant;

/**
 * A proposal to publish or withdraw a rule-set version: the version's content hash when proposed,
 * who proposed it and when, their note (or the withdrawal's reason), the caseload its review's diff
 * measures the impact on (or null), and its decision once made.
 */
public record Proposal(
    String id,
    String area,
    String version,
    Action action,
    String contentHash,
    String proposedBy,
    Instant proposedAt,
    String note,
    String caseloadId,
    Decision decision) {

  /** What is proposed. */
  public enum Action {
    PUBLISH,
    WITHDRAW
  }

  /**
   * A proposal's decision: approved (with the review shown and its SHA-256, and the log entry
   * written) or rejected with a reason.
   */
  public record Decision(
      Outcome outcome,
      String decidedBy,
      Instant decidedAt,
      String reason,
      String reviewDigest,
      String reviewJson,
      Long entrySequence) {}

  /** How a proposal was decided. */
  public enum Outcome {
    APPROVED,
    REJECTED
  }

  String name() {
    return area + "/" + version;
  }
}
