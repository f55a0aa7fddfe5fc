package org.openras.service.uprating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.uprating.Uprating;
import org.openras.engine.uprating.UpratingCases;
import org.openras.engine.uprating.UpratingDraft;
import org.openras.service.publication.Publications;
import org.openras.service.publication.Publications.KnownVersion;
import org.openras.service.publication.VersionState.State;
import org.openras.service.ruleset.KnownRuleSets;
import org.openras.service.uprating.UpratingDraftTable.StoredDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Starts an uprating draft from a version the service knows and keeps the officer's entries, for
 * the API and the pages alike. Each save builds the draft's files again, running the source's cases
 * (moved into the new year) on an engine serving the published and scheduled versions with the
 * draft, so the draft keeps the cases that still hold.
 */
@Service
public class Upratings {
  private static final Logger log = LoggerFactory.getLogger(Upratings.class);

  private final KnownRuleSets known;
  private final Publications publications;
  private final UpratingDraftTable table;
  private final Clock clock;
  private final OpenRasEngine engine;

  Upratings(
      KnownRuleSets known,
      Publications publications,
      UpratingDraftTable table,
      Clock clock,
      OpenRasEngine engine) {
    this.engine = engine;
    this.known = known;
    this.publications = publications;
    this.table = table;
    this.clock = clock;
  }

  /**
   * Starts next year's figures for {@code area}.
   *
   * @param source the version to start from, or null for the one in force on {@code on}
   * @param on the day whose version and figures to start from (yyyy-MM-dd), or null: today, or the
   *     source's last day when that is earlier
   * @param effectiveFrom the new version's first day, or null for the next commencement date
   */
  public StoredDraft start(
      String area, String source, String on, String effectiveFrom, String actor) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate day = date(errors, "on", on);
    LocalDate from = date(errors, "effectiveFrom", effectiveFrom);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    RuleSetVersion v =
        source == null || source.isBlank()
            ? inForce(area, day == null ? LocalDate.now(clock) : day)
            : known.find(area, source.strip());
    LocalDate first =
        from != null ? from : day == null ? defaultStart(v) : Uprating.nextCommencement(v, day);
    UpratingDraft draft = Uprating.start(v, first, engine.catalogue().versions(area));
    if (publications.versions().stream()
        .anyMatch(
            k ->
                k.version().area().equals(area) && k.version().version().equals(draft.version()))) {
      throw new UpratingConflictException(
          area
              + " "
              + draft.version()
              + " exists already: open it, or choose another first day for the new version");
    }
    UpratingCases.Built built = build(v, draft);
    if (!table.insert(built.draft(), built.source().files(), actor)) {
      throw new UpratingConflictException(area + " " + draft.version() + " exists already");
    }
    log.info(
        "{} started uprating draft {}/{} from {} ({} cases kept, {} left out)",
        actor,
        area,
        draft.version(),
        v.version(),
        built.draft().casesKept().size(),
        built.draft().casesLeftOut().size());
    return find(area, draft.version());
  }

  /**
   * The draft with the officer's entries saved (every bad field refused at once, nothing saved).
   */
  public StoredDraft enter(
      String area,
      String version,
      String circularTitle,
      String circularUrl,
      List<Uprating.Entry> entries,
      String actor) {
    StoredDraft stored = find(area, version);
    State state = publications.state(area, version).state();
    if (state != State.DRAFT) {
      throw new UpratingConflictException(
          area
              + " "
              + version
              + " is "
              + state.name().toLowerCase()
              + ": a published version is not changed; start next year's figures again as a"
              + " new version");
    }
    RuleSetVersion source = known.find(area, stored.draft().source());
    UpratingDraft entered = Uprating.enter(stored.draft(), circularTitle, circularUrl, entries);
    UpratingCases.Built built = build(source, entered);
    table.update(built.draft(), built.source().files(), actor);
    return find(area, version);
  }

  /** Discards a draft not yet published (a published version is immutable: 409). */
  public void discard(String area, String version, String actor) {
    find(area, version);
    State state = publications.state(area, version).state();
    if (state != State.DRAFT) {
      throw new UpratingConflictException(
          area
              + " "
              + version
              + " is "
              + state.name().toLowerCase()
              + ": it is in the publication log and is not discarded (withdraw a scheduled"
              + " version instead)");
    }
    table.delete(area, version);
    log.info("{} discarded uprating draft {}/{}", actor, area, version);
  }

  public StoredDraft find(String area, String version) {
    return table
        .find(area, version)
        .orElseThrow(
            () ->
                new UpratingNotFoundException(
                    area,
                    version,
                    table.all().stream()
                        .filter(d -> d.draft().area().equals(area))
                        .map(d -> d.draft().version())
                        .toList()));
  }

  /**
   * The first day of next year's version from {@code v} by default: the next commencement date
   * after today, or after {@code v}'s last day when that has passed.
   */
  public LocalDate defaultStart(RuleSetVersion v) {
    LocalDate today = LocalDate.now(clock);
    LocalDate day = v.lastDay() != null && v.lastDay().isBefore(today) ? v.lastDay() : today;
    return Uprating.nextCommencement(v, day);
  }

  /** True when {@code area/version} is an uprating draft kept by the service. */
  public boolean isUprating(String area, String version) {
    return table.find(area, version).isPresent();
  }

  private UpratingCases.Built build(RuleSetVersion source, UpratingDraft draft) {
    return UpratingCases.build(source, draft, v -> publications.preview(v));
  }

  /**
   * The version served on {@code day} (the engine's catalogue, which applies supersession), else a
   * scheduled one covering it.
   */
  private RuleSetVersion inForce(String area, LocalDate day) {
    var served = engine.catalogue().inForce(area, day);
    if (served.isPresent()) {
      return served.get();
    }
    List<KnownVersion> ofArea =
        publications.versions().stream().filter(k -> k.version().area().equals(area)).toList();
    if (ofArea.isEmpty()) {
      known.find(area, "-"); // refused naming the areas known
    }
    return ofArea.stream()
        .filter(k -> k.state().state() == State.SCHEDULED)
        .map(KnownVersion::version)
        .filter(v -> v.covers(day))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    List.of(
                        new FieldError(
                            "on",
                            "no published version of "
                                + area
                                + " is in force on "
                                + day
                                + " (versions: "
                                + String.join(
                                    ", ",
                                    ofArea.stream()
                                        .map(k -> k.version().period().toString())
                                        .toList())
                                + "); choose a day one covers, or the version to start from"))));
  }

  private static LocalDate date(List<FieldError> errors, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date, yyyy-MM-dd (not '" + text.strip() + "')"));
      return null;
    }
  }
}
