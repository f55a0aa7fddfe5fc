package org.openras.service.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.openras.service.approval.ProposalViews.ApprovalRequest;
import org.openras.service.approval.ProposalViews.ProposalRequest;
import org.openras.service.approval.ProposalViews.ProposalReview;
import org.openras.service.approval.ProposalViews.ProposalView;
import org.openras.service.approval.ProposalViews.RejectionRequest;
import org.openras.service.approval.Proposals.Shown;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Four-eyes publishing through the API (docs/adr/0028): propose, list, review, approve, reject.
 * POLICY role, every method.
 */
@RestController
@Tag(name = "Rule sets", description = "The rule-set versions the service serves, and checks")
class ProposalController {
  private static final String AREA =
      "The area; one with a slash is written with a tilde: councils~north-shire";
  private static final String VERSION = "The version, its folder name: yyyy-MM-dd";
  private static final String ID = "The proposal's id";

  private final Proposals proposals;

  ProposalController(Proposals proposals) {
    this.proposals = proposals;
  }

  @Operation(
      summary = "Propose to publish or withdraw a version",
      description =
          "Records a proposal by this policy officer: PUBLISH a draft, or WITHDRAW a scheduled"
              + " version (a reason required). Another policy officer reads its review and"
              + " approves or rejects it. 409 when the version's state does not allow it or the"
              + " same proposal awaits approval. POLICY role.")
  @PostMapping("/api/v1/rulesets/{area}/{version}/proposals")
  @ResponseStatus(HttpStatus.CREATED)
  ProposalView propose(
      @Parameter(description = AREA) @PathVariable String area,
      @Parameter(description = VERSION) @PathVariable String version,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "{\"action\": \"PUBLISH\" | \"WITHDRAW\", \"note\": \"...\", \"caseloadId\":"
                      + " \"...\"}: the note is kept in the log (a withdrawal's reason, required;"
                      + " at most 2000 characters); caseloadId, optional, a kept caseload whose"
                      + " impact the review's diff measures.")
          @RequestBody
          ProposalRequest request,
      Authentication who) {
    return ProposalView.of(
        proposals.propose(
            area.replace('~', '/'),
            version,
            request.action(),
            request.note(),
            request.caseloadId(),
            who.getName()));
  }

  @Operation(
      summary = "Proposals, newest first",
      description =
          "Every proposal with its status (OPEN, STALE, APPROVED, REJECTED); with"
              + " awaiting=true only those not yet decided. POLICY role.")
  @GetMapping("/api/v1/rulesets/proposals")
  List<ProposalView> list(
      @Parameter(description = "Only proposals not yet decided")
          @RequestParam(defaultValue = "false")
          boolean awaiting) {
    return proposals.list(awaiting).stream().map(ProposalView::of).toList();
  }

  @Operation(
      summary = "A proposal with the review its approver reads",
      description =
          "The proposal, the version's validation with its cases run, the diff from the version it"
              + " follows, and the review's SHA-256 (reviewDigest), which an approval must send."
              + " 404 for an unknown id. POLICY role.")
  @GetMapping("/api/v1/rulesets/proposals/{id}")
  ProposalReview review(@Parameter(description = ID) @PathVariable String id) {
    Shown s = proposals.review(id);
    return new ProposalReview(ProposalView.of(s.proposal()), s.review(), s.digest());
  }

  @Operation(
      summary = "Approve a proposal",
      description =
          "Publishes or withdraws the version, the publication log's entry naming the proposer,"
              + " the approver and the review's digest. 403 when the approver proposed it (unless"
              + " openras.publication.approvers-required=1); 409 when it is stale (the version"
              + " changed since it was proposed), already decided, or the review differs from the"
              + " reviewDigest sent; 422 when the version fails its checks. POLICY role.")
  @PostMapping("/api/v1/rulesets/proposals/{id}/approval")
  @ResponseStatus(HttpStatus.CREATED)
  ProposalView approve(
      @Parameter(description = ID) @PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "{\"reviewDigest\": \"...\", \"note\": \"...\"}: the digest of the review read"
                      + " (required) and an optional note (at most 2000 characters).")
          @RequestBody(required = false)
          ApprovalRequest request,
      Authentication who) {
    return ProposalView.of(
        proposals.approve(
            id,
            request == null ? null : request.reviewDigest(),
            request == null ? null : request.note(),
            who.getName()));
  }

  @Operation(
      summary = "Reject a proposal",
      description =
          "Records the rejection with its reason; nothing is published. The proposer may reject"
              + " (take back) their own. 409 when already decided. POLICY role.")
  @PostMapping("/api/v1/rulesets/proposals/{id}/rejection")
  ProposalView reject(
      @Parameter(description = ID) @PathVariable String id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description = "{\"reason\": \"...\"}: why (required, at most 2000 characters).")
          @RequestBody(required = false)
          RejectionRequest request,
      Authentication who) {
    return ProposalView.of(
        proposals.reject(id, request == null ? null : request.reason(), who.getName()));
  }
}
