package org.openras.service.transparency;

import java.util.List;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.json.Json;
import org.openras.engine.policy.TransparencyRecord;
import org.openras.service.approval.Proposal;
import org.openras.service.approval.Proposals;
import org.openras.service.publication.PublicationEntry;
import org.openras.service.publication.Publications;
import org.openras.service.publication.VersionState;
import org.openras.service.publication.VersionState.State;
import org.openras.service.ruleset.KnownRuleSets;
import org.openras.service.ruleset.RuleSetViews.RuleSetImpact;
import org.openras.service.ruleset.RuleSources;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Builds a published version's transparency record: the engine's record of the version (its cases
 * run now, beside the published and scheduled versions) and the publication's facts from the log
 * and the approved proposal.
 */
@Service
public class TransparencyRecords {
  private final KnownRuleSets known;
  private final Publications publications;
  private final Proposals proposals;
  private final RuleSources sources;

  TransparencyRecords(
      KnownRuleSets known, Publications publications, Proposals proposals, RuleSources sources) {
    this.known = known;
    this.publications = publications;
    this.proposals = proposals;
    this.sources = sources;
  }

  /**
   * The publication's facts: its state, first day, who proposed and who approved it and when, the
   * log entry (sequence and hash) and the digest of the review approved; a withdrawal's too.
   */
  public record TransparencyPublication(
      String state,
      String effectiveFrom,
      String proposedBy,
      String proposedAt,
      String approvedBy,
      String approvedAt,
      String approvalNote,
      String proposalId,
      String reviewDigest,
      long entrySequence,
      String entryHash,
      String publishedAt,
      Integer casesPassedAtApproval,
      String withdrawnBy,
      String withdrawalApprovedBy,
      String withdrawnAt,
      String withdrawalReason) {}

  /** The record: the version's own and the publication's, with the impact measured if any. */
  public record TransparencyView(
      TransparencyRecord record,
      TransparencyPublication publication,
      RuleSetImpact impact,
      String impactNote) {}

  /** The record of {@code area/version}, which must be in the publication log (404 otherwise). */
  public TransparencyView of(String area, String version) {
    RuleSetVersion v = known.find(area, version);
    VersionState s = publications.state(v.area(), v.version());
    if (s.state() == State.DRAFT) {
      throw new NotPublishedException(v.area(), v.version());
    }
    List<PublicationEntry> entries =
        publications.entries().stream()
            .filter(e -> e.area().equals(v.area()) && e.version().equals(v.version()))
            .toList();
    PublicationEntry published =
        entries.stream()
            .filter(e -> e.action() == PublicationEntry.Action.PUBLISH)
            .findFirst()
            .orElseThrow(() -> new NotPublishedException(v.area(), v.version()));
    PublicationEntry withdrawn =
        entries.stream()
            .filter(e -> e.action() == PublicationEntry.Action.WITHDRAW)
            .findFirst()
            .orElse(null);
    Proposal proposal = proposals.approvedAs(published.sequence()).orElse(null);
    JsonNode review =
        proposal == null || proposal.decision().reviewJson() == null
            ? null
            : Json.mapper().readTree(proposal.decision().reviewJson());
    Integer casesPassed = null;
    RuleSetImpact impact = null;
    if (review != null) {
      JsonNode cases = review.path("validation").path("cases");
      if (cases.has("passedCount")) {
        casesPassed = cases.get("passedCount").asInt();
      }
      JsonNode measured = review.path("diff").path("impact");
      if (measured.isObject()) {
        impact = Json.mapper().treeToValue(measured, RuleSetImpact.class);
      }
    }
    String impactNote =
        impact != null
            ? "measured on caseload "
                + impact.caseloadId()
                + " in the review approved (the diff from "
                + review.path("comparedWith").asString("")
                + ")"
            : proposal == null
                ? "not measured: the version was published without a proposal (at the log's"
                    + " start, or by one person where the demo profile allows it)"
                : "not measured: the proposal named no caseload";
    TransparencyPublication facts =
        new TransparencyPublication(
            s.state().name(),
            String.valueOf(published.effectiveFrom()),
            published.actor(),
            proposal == null ? null : proposal.proposedAt().toString(),
            published.approvedBy(),
            proposal == null ? null : proposal.decision().decidedAt().toString(),
            proposal == null ? null : proposal.decision().reason(),
            published.proposalId(),
            published.reviewDigest(),
            published.sequence(),
            published.hash(),
            published.recordedAt().toString(),
            casesPassed,
            withdrawn == null ? null : withdrawn.actor(),
            withdrawn == null ? null : withdrawn.approvedBy(),
            withdrawn == null ? null : withdrawn.recordedAt().toString(),
            withdrawn == null ? null : withdrawn.note());
    TransparencyRecord record =
        TransparencyRecord.of(v, sources.bibliography(), publications.check(v, true).cases());
    return new TransparencyView(record, facts, impact, impactNote);
  }
}
