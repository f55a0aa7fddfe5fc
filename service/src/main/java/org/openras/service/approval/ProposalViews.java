package org.openras.service.approval;

import org.openras.service.approval.Proposal.Action;
import org.openras.service.approval.Proposals.Standing;

/** What the proposal endpoints take and answer. */
final class ProposalViews {
  private ProposalViews() {}

  /**
   * Proposing: what (PUBLISH or WITHDRAW), the note (a withdrawal's reason, required), and
   * optionally a kept caseload whose impact the review's diff measures.
   */
  record ProposalRequest(Action action, String note, String caseloadId) {}

  /** Approving: the digest of the review read, and an optional note. */
  record ApprovalRequest(String reviewDigest, String note) {}

  /** Rejecting: the reason, required. */
  record RejectionRequest(String reason) {}

  /** A proposal and where it stands. */
  record ProposalView(
      String id,
      String area,
      String version,
      String action,
      String status,
      String contentHash,
      String proposedBy,
      String proposedAt,
      String note,
      String caseloadId,
      String decidedBy,
      String decidedAt,
      String decisionNote,
      String reviewDigest,
      Long entrySequence) {
    static ProposalView of(Standing s) {
      Proposal p = s.proposal();
      Proposal.Decision d = p.decision();
      return new ProposalView(
          p.id(),
          p.area(),
          p.version(),
          p.action().name(),
          s.status().name(),
          p.contentHash(),
          p.proposedBy(),
          p.proposedAt().toString(),
          p.note().isEmpty() ? null : p.note(),
          p.caseloadId(),
          d == null ? null : d.decidedBy(),
          d == null ? null : d.decidedAt().toString(),
          d == null || d.reason() == null || d.reason().isEmpty() ? null : d.reason(),
          d == null ? null : d.reviewDigest(),
          d == null ? null : d.entrySequence());
    }
  }

  /** A proposal with the review an approver reads, and the digest to approve it with. */
  record ProposalReview(ProposalView proposal, PublicationReview review, String reviewDigest) {}
}
