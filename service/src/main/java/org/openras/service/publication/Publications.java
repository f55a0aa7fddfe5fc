package org.openras.service.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.cases.CaseResult;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.catalogue.VersionHasher;
import org.openras.engine.policy.Finding;
import org.openras.engine.policy.Validation;
import org.openras.engine.policy.VersionTestReport;
import org.openras.engine.policy.VersionValidator;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.publication.PublicationEntry.Action;
import org.openras.service.publication.PublicationEntry.Approval;
import org.openras.service.publication.VersionState.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A policy officer's publication workflow: the versions known and their states, checking a draft as
 * it would stand once published (validation, cases, and the fit of its period beside the published
 * and scheduled versions), publishing it to the log, and withdrawing a scheduled version before its
 * date. What the engine serves is not decided here: after each entry it asks the {@link LiveReload}
 * to serve what the log and the clock now say (docs/adr/0004).
 */
@Service
public class Publications {
  static final int NOTE_LIMIT = 2000;
  private static final Logger log = LoggerFactory.getLogger(Publications.class);

  private final OpenRasEngine engine;
  private final ServedSet served;
  private final PublicationLog publicationLog;
  private final RuleStore drafts;
  private final LiveReload live;
  private final int approversRequired;

  Publications(
      OpenRasEngine engine,
      ServedSet served,
      PublicationLog publicationLog,
      RuleStore drafts,
      LiveReload live,
      @Value("${openras.publication.approvers-required:2}") int approversRequired) {
    if (approversRequired < 1 || approversRequired > 2) {
      throw new IllegalStateException(
          "openras.publication.approvers-required is "
              + approversRequired
              + ": it must be 2 (a second policy officer approves, the default) or 1 (one person"
              + " publishes alone, for the demo profile only)");
    }
    this.engine = engine;
    this.served = served;
    this.publicationLog = publicationLog;
    this.drafts = drafts;
    this.live = live;
    this.approversRequired = approversRequired;
  }

  /**
   * How many people a publication or withdrawal needs: 2 (one proposes, another approves; the
   * default) or 1 ({@code openras.publication.approvers-required=1}, set only by the demo profile).
   */
  public int approversRequired() {
    return approversRequired;
  }

  /** The hash of the draft {@code area/version} as it stands now, or empty when there is none. */
  public Optional<String> draftHash(String area, String version) {
    String name = area + "/" + version;
    return drafts.versions().stream()
        .filter(s -> s.location().equals(name))
        .findFirst()
        .map(VersionHasher::hash);
  }

  /** Every entry of the log, oldest first. */
  public List<PublicationEntry> entries() {
    return publicationLog.entries();
  }

  /** A version's state today, draft when the log does not name it. */
  public VersionState state(String area, String version) {
    VersionState s = served.states().get(area + "/" + version);
    return s == null ? VersionState.draft(area, version) : s;
  }

  /** A version the service knows of, served or not, with its state today. */
  public record KnownVersion(RuleSetVersion version, VersionState state) {}

  /**
   * Every version known: those served (with the periods the served catalogue gives them), those
   * scheduled or withdrawn (from the database), and the drafts in the rule store, by area and date.
   */
  public List<KnownVersion> versions() {
    RuleSetCatalogue now = engine.catalogue();
    Map<String, VersionState> states = served.states();
    List<KnownVersion> out = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (RuleSetVersion v : now.all()) {
      String name = v.area() + "/" + v.version();
      seen.add(name);
      out.add(
          new KnownVersion(
              v, states.getOrDefault(name, VersionState.draft(v.area(), v.version()))));
    }
    for (VersionState s : states.values()) {
      if (seen.add(s.name())) {
        publicationLog
            .content(s.area(), s.version())
            .flatMap(c -> alone(c.source()))
            .ifPresent(v -> out.add(new KnownVersion(v, s)));
      }
    }
    for (RuleSetSource d : drafts.versions()) {
      if (seen.add(d.location())) {
        alone(d)
            .ifPresent(v -> out.add(new KnownVersion(v, VersionState.draft(d.area(), d.folder()))));
      }
    }
    out.sort(
        Comparator.comparing((KnownVersion k) -> k.version().area())
            .thenComparing(k -> k.version().effectiveFrom()));
    return out;
  }

  /** A version read on its own (its own effectiveTo), or empty when its manifest cannot be read. */
  private static Optional<RuleSetVersion> alone(RuleSetSource source) {
    try {
      return Optional.of(
          RuleSetCatalogue.load(new MemoryRuleStore(List.of(source), source.location()))
              .all()
              .get(0));
    } catch (InvalidRuleSetException e) {
      return Optional.empty();
    }
  }

  /** What checking a version beside the published and scheduled ones found. */
  public record CheckedVersion(Validation validation, VersionTestReport cases) {
    /** Every error: validation's, the catalogue's, failing cases and case problems. */
    List<Finding> errors() {
      List<Finding> out =
          new ArrayList<>(validation.findings().stream().filter(Finding::isError).toList());
      if (cases != null) {
        for (String problem : cases.problems()) {
          out.add(
              Finding.error(cases.location(), 0, problem, "add or correct the version's cases"));
        }
        for (CaseResult r : cases.results()) {
          if (!r.passed()) {
            out.add(
                Finding.error(
                    r.policyCase().file(),
                    0,
                    "the case \""
                        + r.policyCase().name()
                        + "\" fails: "
                        + String.join("; ", r.differences()),
                    "correct the rules or the case's expected figures, then validate again"));
          }
        }
      }
      return out;
    }
  }

  /**
   * Checks {@code version} as it would stand once published: validated in a folder beside the
   * published and scheduled versions of its area (replacing one of its own name), the resulting
   * catalogue loaded (no overlap, no gap), and, when asked and nothing else failed, its cases run
   * on an engine serving that catalogue (sharing the service engine's compiled rule bases).
   */
  public CheckedVersion check(RuleSetVersion version, boolean runCases) {
    RuleSetSource source = version.source();
    List<RuleSetSource> all = new ArrayList<>();
    for (RuleSetSource s : served.standing(served.states())) {
      if (!s.location().equals(source.location())) {
        all.add(s);
      }
    }
    all.add(source);
    MemoryRuleStore candidate =
        new MemoryRuleStore(all, "the published versions with " + source.location(), drafts);
    Validation validation = validateInFolder(candidate, source);
    RuleSetCatalogue catalogue = null;
    try {
      catalogue = RuleSetCatalogue.load(candidate);
    } catch (InvalidRuleSetException e) {
      List<Finding> findings = new ArrayList<>(validation.findings());
      findings.add(
          Finding.error(
              e.file(),
              0,
              e.getMessage(),
              "change the period so the version fits beside the published and scheduled ones"));
      validation = new Validation(validation.location(), findings);
    }
    VersionTestReport cases = null;
    if (runCases && catalogue != null && validation.passed()) {
      cases = VersionTestReport.run(engine.sharing(catalogue), source.area(), source.folder());
    }
    return new CheckedVersion(validation, cases);
  }

  /** An engine serving the published and scheduled versions with {@code versions} beside them. */
  public OpenRasEngine preview(RuleSetVersion... versions) {
    List<RuleSetSource> all = new ArrayList<>();
    Set<String> replaced = new TreeSet<>();
    for (RuleSetVersion v : versions) {
      replaced.add(v.source().location());
    }
    for (RuleSetSource s : served.standing(served.states())) {
      if (!replaced.contains(s.location())) {
        all.add(s);
      }
    }
    for (RuleSetVersion v : versions) {
      all.add(v.source());
    }
    return engine.sharing(RuleSetCatalogue.load(new MemoryRuleStore(all, "preview")));
  }

  private static Validation validateInFolder(MemoryRuleStore candidate, RuleSetSource source) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("openras-candidate-");
      candidate.writeTo(folder);
      return VersionValidator.validate(folder.resolve(source.area()).resolve(source.folder()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the candidate rule sets to a folder", e);
    } finally {
      ServedValidation.delete(folder);
    }
  }

  /**
   * Publishes a draft from the rule store: checks it (422 with every finding, nothing written),
   * then appends a PUBLISH entry with its files under the log's lock, rechecking there that nobody
   * published it or a clashing version meanwhile, and reloads. It takes effect on its manifest's
   * {@code effectiveFrom}: at once when that day has come, else on that day.
   */
  public PublicationEntry publish(String area, String version, String note, String actor) {
    requireOnePerson(area, version, "publish");
    return publish(area, version, note, actor, new Approval(actor, null, null), null, e -> {});
  }

  /**
   * Publishes as {@link #publish(String, String, String, String)}, proposed by {@code proposer} and
   * approved as {@code approval} says (docs/adr/0028): refused (409, {@link
   * ContentChangedException}) when {@code expectedHash} is given and the draft's files no longer
   * have it; {@code alsoInTransaction} runs in the transaction that appends the entry, under the
   * log's lock, so a proposal's decision is recorded with its entry or not at all.
   */
  public PublicationEntry publish(
      String area,
      String version,
      String note,
      String proposer,
      Approval approval,
      String expectedHash,
      Consumer<PublicationEntry> alsoInTransaction) {
    String actor = proposer;
    requireNote("note", note, false);
    String name = area + "/" + version;
    RuleSetSource draft =
        drafts.versions().stream().filter(s -> s.location().equals(name)).findFirst().orElse(null);
    VersionState logged = served.states().get(name);
    if (logged != null) {
      throw conflictOnPublish(logged, draft);
    }
    if (draft == null) {
      throw new NoSuchVersionException(area, version, knownNames(area));
    }
    RuleSetVersion candidate = alone(draft).orElse(null);
    List<Finding> errors;
    if (candidate == null) {
      Validation v = validateInFolder(new MemoryRuleStore(List.of(draft), name, drafts), draft);
      errors = v.findings().stream().filter(Finding::isError).toList();
    } else {
      errors = check(candidate, true).errors();
    }
    if (!errors.isEmpty()) {
      throw new VersionNotPublishableException(area, version, errors);
    }
    String hash = VersionHasher.hash(draft);
    if (expectedHash != null && !expectedHash.equals(hash)) {
      throw new ContentChangedException(area, version, expectedHash, hash);
    }
    LocalDate from = candidate.effectiveFrom();
    PublicationEntry entry =
        publicationLog.locked(
            tx -> {
              Map<String, VersionState> now = VersionState.of(tx.entries(), served.today());
              if (now.containsKey(name)) {
                throw conflictOnPublish(now.get(name), draft);
              }
              List<RuleSetSource> all = new ArrayList<>(served.standing(now));
              all.add(draft);
              try {
                RuleSetCatalogue.load(new MemoryRuleStore(all, "the log as it stands"));
              } catch (InvalidRuleSetException e) {
                throw new VersionNotPublishableException(
                    area,
                    version,
                    List.of(Finding.error(e.file(), 0, e.getMessage(), "change the period")));
              }
              tx.storeContent(draft, hash);
              PublicationEntry written =
                  tx.append(area, version, hash, Action.PUBLISH, from, actor, note, approval);
              alsoInTransaction.accept(written);
              return written;
            });
    log.info(
        "{} published, proposed by {} and approved by {}, in force from {} (hash {})",
        name,
        actor,
        approval.approvedBy(),
        from,
        hash);
    live.reload();
    return entry;
  }

  private static PublicationConflictException conflictOnPublish(
      VersionState s, RuleSetSource draft) {
    String name = s.name();
    String changed =
        draft != null && !VersionHasher.hash(draft).equals(s.contentHash())
            ? "; the folder in the rule store now differs from what was published (hash "
                + VersionHasher.hash(draft)
                + ", published "
                + s.contentHash()
                + "): a published version is immutable: publish the change as a new version"
            : "";
    String message =
        switch (s.state()) {
          case PUBLISHED ->
              name
                  + " is already published, in force since "
                  + s.effectiveFrom()
                  + " (by "
                  + s.publishedBy()
                  + " at "
                  + s.publishedAt()
                  + ")"
                  + changed;
          case SCHEDULED ->
              name
                  + " is already published, scheduled to take effect on "
                  + s.effectiveFrom()
                  + changed
                  + (changed.isEmpty()
                      ? "; to change it, withdraw it and publish the change as a new version"
                      : "");
          case WITHDRAWN ->
              name
                  + " was withdrawn at "
                  + s.withdrawnAt()
                  + " by "
                  + s.withdrawnBy()
                  + "; a withdrawn version is not published again: publish it as a new version";
          case DRAFT -> name + " is a draft";
        };
    return new PublicationConflictException(s.area(), s.version(), s.state(), message);
  }

  /**
   * Withdraws a scheduled version before its effective date, with the reason, leaving the history
   * intact; one in force is immutable (409: publish a correction as a new version).
   */
  public PublicationEntry withdraw(String area, String version, String reason, String actor) {
    requireOnePerson(area, version, "withdraw");
    return withdraw(area, version, reason, actor, new Approval(actor, null, null), e -> {});
  }

  /**
   * Withdraws as {@link #withdraw(String, String, String, String)}, proposed by {@code proposer}
   * and approved as {@code approval} says; {@code alsoInTransaction} runs in the entry's
   * transaction.
   */
  public PublicationEntry withdraw(
      String area,
      String version,
      String reason,
      String proposer,
      Approval approval,
      Consumer<PublicationEntry> alsoInTransaction) {
    String actor = proposer;
    requireNote("reason", reason, true);
    String name = area + "/" + version;
    PublicationEntry entry =
        publicationLog.locked(
            tx -> {
              LocalDate today = served.today();
              VersionState s = VersionState.of(tx.entries(), today).get(name);
              if (s == null) {
                boolean draft = drafts.versions().stream().anyMatch(d -> d.location().equals(name));
                if (!draft) {
                  throw new NoSuchVersionException(area, version, knownNames(area));
                }
                throw new PublicationConflictException(
                    area,
                    version,
                    State.DRAFT,
                    name + " is a draft, not published: there is nothing to withdraw");
              }
              if (s.state() == State.PUBLISHED) {
                throw new PublicationConflictException(
                    area,
                    version,
                    s.state(),
                    name
                        + " is in force since "
                        + s.effectiveFrom()
                        + "; a published version is immutable: publish a correction as a new"
                        + " version");
              }
              if (s.state() == State.WITHDRAWN) {
                throw new PublicationConflictException(
                    area,
                    version,
                    s.state(),
                    name
                        + " was already withdrawn at "
                        + s.withdrawnAt()
                        + " by "
                        + s.withdrawnBy());
              }
              PublicationEntry written =
                  tx.append(
                      area,
                      version,
                      s.contentHash(),
                      Action.WITHDRAW,
                      s.effectiveFrom(),
                      actor,
                      reason,
                      approval);
              alsoInTransaction.accept(written);
              return written;
            });
    log.info("{} withdrawn by {} before its date {}", name, actor, entry.effectiveFrom());
    live.reload();
    return entry;
  }

  /** Refuses a one-step publication or withdrawal unless one person may do it alone. */
  private void requireOnePerson(String area, String version, String what) {
    if (approversRequired > 1) {
      throw new ApprovalRequiredException(area, version, what);
    }
  }

  static void requireNote(String field, String text, boolean required) {
    if (required && (text == null || text.isBlank())) {
      throw new InvalidRequestException(
          List.of(new FieldError(field, "is required: say why the version is withdrawn")));
    }
    if (text != null && text.length() > NOTE_LIMIT) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  field,
                  "is "
                      + text.length()
                      + " characters long; at most "
                      + NOTE_LIMIT
                      + " are kept")));
    }
  }

  private List<String> knownNames(String area) {
    return versions().stream()
        .filter(k -> k.version().area().equals(area))
        .map(k -> k.version().version())
        .toList();
  }
}
