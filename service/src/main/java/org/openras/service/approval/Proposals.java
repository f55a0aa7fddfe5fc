package org.openras.service.approval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.approval.Proposal.Action;
import org.openras.service.approval.Proposal.Decision;
import org.openras.service.approval.Proposal.Outcome;
import org.openras.service.publication.ContentChangedException;
import org.openras.service.publication.PublicationEntry;
import org.openras.service.publication.PublicationEntry.Approval;
import org.openras.service.publication.Publications;
import org.openras.service.publication.Publications.KnownVersion;
import org.openras.service.publication.VersionState;
import org.openras.service.publication.VersionState.State;
import org.openras.service.ruleset.KnownRuleSets;
import org.openras.service.ruleset.RuleSetChecks;
import org.openras.service.ruleset.RuleSetViews.RuleSetDiff;
import org.openras.service.scenario.CaseloadStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Four-eyes publishing (docs/adr/0028): a policy officer proposes to publish a draft or withdraw a
 * scheduled version; another reads the {@link PublicationReview} and approves (the log entry is
 * written, naming both, with the review's digest) or rejects with a reason. A proposal is stale
 * when the version's files no longer have the hash they had when proposed. With {@code
 * openras.publication.approvers-required=1} (the demo profile only) the proposer may approve.
 */
@Service
public class Proposals {
  static final int TEXT_LIMIT = 2000;
  private static final Logger log = LoggerFactory.getLogger(Proposals.class);

  private final ProposalTable table;
  private final Publications publications;
  private final KnownRuleSets known;
  private final RuleSetChecks checks;
  private final CaseloadStore caseloads;

  Proposals(
      ProposalTable table,
      Publications publications,
      KnownRuleSets known,
      RuleSetChecks checks,
      CaseloadStore caseloads) {
    this.caseloads = caseloads;
    this.table = table;
    this.publications = publications;
    this.known = known;
    this.checks = checks;
  }

  /** Where a proposal stands. */
  public enum Status {
    OPEN,
    STALE,
    APPROVED,
    REJECTED
  }

  /** A proposal with where it stands now. */
  public record Standing(Proposal proposal, Status status) {}

  /** A proposal's review as shown, with its digest. */
  public record Shown(Standing proposal, PublicationReview review, String digest) {}

  /**
   * Proposes to publish a draft or withdraw a scheduled version; {@code note} is its note, and
   * {@code caseloadId} (optional) a kept caseload whose impact the review's diff measures.
   */
  public Standing propose(
      String area, String version, Action action, String note, String caseloadId, String who) {
    String caseload = caseloadId == null || caseloadId.isBlank() ? null : caseloadId.strip();
    if (caseload != null) {
      caseloads.describe(caseload);
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (action == null) {
      throw new InvalidRequestException(
          List.of(new FieldError("action", "is required: PUBLISH or WITHDRAW")));
    }
    String field = "note";
    if (action == Action.WITHDRAW && text == null) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(field, "is required to withdraw: say why the version is withdrawn")));
    }
    if (text != null && text.length() > TEXT_LIMIT) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  field,
                  "is "
                      + text.length()
                      + " characters long; at most "
                      + TEXT_LIMIT
                      + " are kept")));
    }
    RuleSetVersion v = known.find(area, version);
    VersionState s = publications.state(v.area(), v.version());
    String hash;
    if (action == Action.PUBLISH) {
      if (s.state() != State.DRAFT) {
        throw ProposalException.conflict(
            v.area(),
            v.version(),
            v.area()
                + "/"
                + v.version()
                + " is "
                + s.state().name().toLowerCase(Locale.ROOT)
                + ", not a draft: only a draft is proposed for publication");
      }
      hash = publications.draftHash(v.area(), v.version()).orElse(v.hash());
    } else {
      if (s.state() != State.SCHEDULED) {
        throw ProposalException.conflict(
            v.area(),
            v.version(),
            v.area()
                + "/"
                + v.version()
                + " is "
                + s.state().name().toLowerCase(Locale.ROOT)
                + ": only a scheduled version (before its first day) can be withdrawn");
      }
      hash = s.contentHash();
    }
    for (Standing open : list(true)) {
      Proposal p = open.proposal();
      if (p.area().equals(v.area())
          && p.version().equals(v.version())
          && p.action() == action
          && open.status() == Status.OPEN) {
        throw ProposalException.conflict(
            v.area(),
            v.version(),
            "Proposal "
                + p.id()
                + " by "
                + p.proposedBy()
                + " already proposes this and awaits approval");
      }
    }
    Proposal p = table.insert(v.area(), v.version(), action, hash, who, text, caseload);
    log.info("{} proposed: {} {} by {}", p.id(), action, p.name(), who);
    return standing(p);
  }

  /** Every proposal, newest first; only those awaiting a decision when {@code undecided}. */
  public List<Standing> list(boolean undecided) {
    return table.all().stream()
        .filter(p -> !undecided || p.decision() == null)
        .map(this::standing)
        .toList();
  }

  public Standing get(String id) {
    return standing(find(id));
  }

  /** The proposal {@code id} with its review as the version stands now, and the review's digest. */
  public Shown review(String id) {
    Proposal p = find(id);
    PublicationReview r = reviewOf(p);
    return new Shown(standing(p), r, r.digest());
  }

  /** The approved proposal whose log entry is {@code sequence}, if any. */
  public Optional<Proposal> approvedAs(long sequence) {
    return table.approvedAs(sequence);
  }

  /**
   * Approves proposal {@code id} as {@code who}, who read the review whose digest is {@code
   * reviewDigest}: refused when decided already (409), when {@code who} proposed it and two people
   * are required (403), when stale (409), or when the review now differs from the one read (409).
   * Otherwise the version is published or withdrawn, its log entry naming both people and the
   * digest, and the decision recorded with the review in the same transaction.
   */
  public Standing approve(String id, String reviewDigest, String note, String who) {
    Proposal p = find(id);
    if (p.decision() != null) {
      throw ProposalException.decided(p);
    }
    if (p.proposedBy().equals(who) && publications.approversRequired() > 1) {
      throw ProposalException.ownProposal(p);
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > TEXT_LIMIT) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "note",
                  "is "
                      + text.length()
                      + " characters long; at most "
                      + TEXT_LIMIT
                      + " are kept")));
    }
    if (reviewDigest == null || reviewDigest.isBlank()) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "reviewDigest",
                  "is required: the digest of the review read (GET"
                      + " /api/v1/rulesets/proposals/"
                      + id
                      + ")")));
    }
    Optional<String> now = currentHash(p);
    if (now.isEmpty() || !now.get().equals(p.contentHash())) {
      throw ProposalException.stale(p, now.orElse(null));
    }
    PublicationReview r = reviewOf(p);
    String digest = r.digest();
    if (!digest.equals(reviewDigest.strip())) {
      throw ProposalException.reviewChanged(p);
    }
    String json = r.json();
    Approval approval = new Approval(who, p.id(), digest);
    java.util.function.Consumer<PublicationEntry> record =
        entry -> {
          Decision d =
              new Decision(
                  Outcome.APPROVED, who, table.now(), text, digest, json, entry.sequence());
          if (!table.decide(p.id(), d)) {
            throw ProposalException.decided(find(id));
          }
        };
    try {
      if (p.action() == Action.PUBLISH) {
        publications.publish(
            p.area(),
            p.version(),
            p.note().isEmpty() ? null : p.note(),
            p.proposedBy(),
            approval,
            p.contentHash(),
            record);
      } else {
        publications.withdraw(p.area(), p.version(), p.note(), p.proposedBy(), approval, record);
      }
    } catch (ContentChangedException e) {
      throw ProposalException.stale(p, e.actualHash());
    }
    log.info("{} approved by {}: {} {}", p.id(), who, p.action(), p.name());
    return get(id);
  }

  /**
   * Rejects proposal {@code id} with a reason (the proposer may reject, that is take back, theirs).
   */
  public Standing reject(String id, String reason, String who) {
    Proposal p = find(id);
    String text = reason == null || reason.isBlank() ? null : reason.strip();
    if (text == null) {
      throw new InvalidRequestException(
          List.of(new FieldError("reason", "is required: say why the proposal is rejected")));
    }
    if (text.length() > TEXT_LIMIT) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "reason",
                  "is "
                      + text.length()
                      + " characters long; at most "
                      + TEXT_LIMIT
                      + " are kept")));
    }
    if (p.decision() != null
        || !table.decide(
            p.id(), new Decision(Outcome.REJECTED, who, table.now(), text, null, null, null))) {
      throw ProposalException.decided(find(id));
    }
    log.info("{} rejected by {}", p.id(), who);
    return get(id);
  }

  private Proposal find(String id) {
    if (id == null || !id.matches("[0-9a-f-]{36}")) {
      throw ProposalException.notFound(String.valueOf(id));
    }
    return table.find(id).orElseThrow(() -> ProposalException.notFound(id));
  }

  private Standing standing(Proposal p) {
    if (p.decision() != null) {
      return new Standing(
          p, p.decision().outcome() == Outcome.APPROVED ? Status.APPROVED : Status.REJECTED);
    }
    Optional<String> now = currentHash(p);
    boolean stale = now.isEmpty() || !now.get().equals(p.contentHash());
    return new Standing(p, stale ? Status.STALE : Status.OPEN);
  }

  /** The version's hash now: the draft's for a publication, the log's for a withdrawal. */
  private Optional<String> currentHash(Proposal p) {
    if (p.action() == Action.PUBLISH) {
      return publications.draftHash(p.area(), p.version());
    }
    return Optional.ofNullable(publications.state(p.area(), p.version()).contentHash());
  }

  private PublicationReview reviewOf(Proposal p) {
    RuleSetVersion v = known.find(p.area(), p.version());
    VersionState s = publications.state(v.area(), v.version());
    RuleSetVersion before = null;
    for (KnownVersion k : publications.versions()) {
      RuleSetVersion o = k.version();
      boolean standing =
          k.state().state() == State.PUBLISHED || k.state().state() == State.SCHEDULED;
      if (standing
          && o.area().equals(v.area())
          && !o.version().equals(v.version())
          && o.effectiveFrom().isBefore(v.effectiveFrom())
          && (before == null || o.effectiveFrom().isAfter(before.effectiveFrom()))) {
        before = o;
      }
    }
    RuleSetDiff diff = before == null ? null : checks.diff(before, v, p.caseloadId());
    return new PublicationReview(
        p.id(),
        v.area(),
        v.version(),
        p.action().name(),
        s.state().name(),
        currentHash(p).orElse(null),
        before == null ? null : before.area() + "/" + before.version(),
        checks.validate(v, true),
        diff);
  }
}
