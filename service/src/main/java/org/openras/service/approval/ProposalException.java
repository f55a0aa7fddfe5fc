package org.openras.service.approval;

import org.springframework.http.HttpStatus;

/**
 * A proposal step refused, as a problem detail naming the proposal: 404 (no such proposal), 403 (a
 * proposer approving their own), 409 (stale, already decided, the review changed since it was read,
 * or the version's state does not allow the proposal).
 */
public class ProposalException extends RuntimeException {
  final HttpStatus status;
  final String slug;
  final String title;
  final String proposalId;

  ProposalException(
      HttpStatus status, String slug, String title, String proposalId, String message) {
    super(message);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.proposalId = proposalId;
  }

  static ProposalException notFound(String id) {
    return new ProposalException(
        HttpStatus.NOT_FOUND,
        "proposal-not-found",
        "No such proposal",
        id,
        "There is no proposal " + id + ": GET /api/v1/rulesets/proposals lists them");
  }

  static ProposalException ownProposal(Proposal p) {
    return new ProposalException(
        HttpStatus.FORBIDDEN,
        "own-proposal",
        "A proposer cannot approve their own proposal",
        p.id(),
        "Proposal "
            + p.id()
            + " ("
            + p.action().name().toLowerCase(java.util.Locale.ROOT)
            + " "
            + p.name()
            + ") was proposed by "
            + p.proposedBy()
            + ": another policy officer must approve it");
  }

  static ProposalException stale(Proposal p, String now) {
    return new ProposalException(
        HttpStatus.CONFLICT,
        "proposal-stale",
        "The proposal is stale: the version changed after it was proposed",
        p.id(),
        "Proposal "
            + p.id()
            + " is stale: "
            + p.name()
            + " changed after it was proposed (proposed with hash "
            + p.contentHash()
            + (now == null ? ", and the draft is gone" : ", now " + now)
            + "); reject it and propose the version as it stands");
  }

  static ProposalException decided(Proposal p) {
    Proposal.Decision d = p.decision();
    return new ProposalException(
        HttpStatus.CONFLICT,
        "proposal-decided",
        "The proposal was already decided",
        p.id(),
        "Proposal "
            + p.id()
            + " was already "
            + (d == null ? "decided" : d.outcome().name().toLowerCase(java.util.Locale.ROOT))
            + (d == null ? "" : " by " + d.decidedBy() + " at " + d.decidedAt()));
  }

  static ProposalException reviewChanged(Proposal p) {
    return new ProposalException(
        HttpStatus.CONFLICT,
        "review-changed",
        "What the approver read is not what the version shows now",
        p.id(),
        "The review of proposal "
            + p.id()
            + " is not the one read (its reviewDigest differs): the validation, cases or diff"
            + " changed since; read it again (GET /api/v1/rulesets/proposals/"
            + p.id()
            + ") and approve what it shows");
  }

  static ProposalException conflict(String area, String version, String message) {
    return new ProposalException(
        HttpStatus.CONFLICT,
        "proposal-conflict",
        "The version's state does not allow this proposal",
        null,
        message);
  }
}
