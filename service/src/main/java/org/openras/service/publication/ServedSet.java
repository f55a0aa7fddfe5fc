package org.openras.service.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.catalogue.VersionHasher;
import org.openras.service.publication.PublicationEntry.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Works out from the publication log and the clock which versions to serve, and reads them from the
 * database: the published versions whose effective date has come (a scheduled one joins on its
 * date, a withdrawn one never). Every instance on one database reads the same set.
 */
@Component
public class ServedSet {
  static final String START_UP = "openras start-up";
  private static final Logger log = LoggerFactory.getLogger(ServedSet.class);

  private final PublicationLog publications;
  private final Clock clock;

  /** The configured store, whose bibliography the served versions are checked against. */
  private volatile RuleStore citedFrom;

  ServedSet(PublicationLog publications, Clock clock) {
    this.publications = publications;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * When the log is empty, records every version in {@code store} as published by {@value
   * #START_UP} (the versions served before the log existed), once, under the log's lock, so two
   * instances starting together do it once. Afterwards a folder not in the log is a draft.
   */
  public void bootstrap(RuleStore store) {
    citedFrom = store;
    int recorded =
        publications.locked(
            log -> {
              if (!log.entries().isEmpty()) {
                return 0;
              }
              RuleSetCatalogue catalogue = RuleSetCatalogue.load(store);
              for (RuleSetVersion v : catalogue.all()) {
                log.storeContent(v.source(), v.hash());
                log.append(
                    v.area(),
                    v.version(),
                    v.hash(),
                    Action.PUBLISH,
                    v.effectiveFrom(),
                    START_UP,
                    "recorded at start-up: in the rule store when the publication log began");
              }
              return catalogue.all().size();
            });
    if (recorded > 0) {
      log.info(
          "The publication log was empty: recorded the {} version(s) in {} as published by '{}'",
          recorded,
          store.describe(),
          START_UP);
    }
  }

  /** The versions to serve today, read and checked: the log verifies, every file set its hash. */
  public MemoryRuleStore load() {
    return loadUnlessServing(null).orElseThrow();
  }

  /**
   * As {@link #load()}, but empty, without reading any version's files, when {@code serving}
   * ({@code area/version@hash} of each version served now) is already the set the log and the clock
   * say to serve: the poll's usual case. The log is still read and verified every time.
   */
  Optional<MemoryRuleStore> loadUnlessServing(Set<String> serving) {
    LocalDate today = today();
    List<PublicationEntry> entries = publications.entries();
    LogVerification verification = LogVerification.of(entries);
    if (!verification.intact()) {
      LogVerification.BrokenEntry b = verification.firstBroken();
      throw new RefusedSetException(
          List.of(
              new Refusal(
                  "publication log",
                  "entry "
                      + b.sequence()
                      + " ("
                      + b.area()
                      + "/"
                      + b.version()
                      + "): "
                      + b.problem())));
    }
    Map<String, VersionState> states = VersionState.of(entries, today);
    if (serving != null
        && serving.equals(
            states.values().stream()
                .filter(s -> s.state() == VersionState.State.PUBLISHED)
                .map(s -> s.name() + "@" + s.contentHash())
                .collect(Collectors.toSet()))) {
      return Optional.empty();
    }
    List<RuleSetSource> served = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    for (VersionState s : states.values()) {
      if (s.state() == VersionState.State.PUBLISHED) {
        read(s, refused).ifPresent(served::add);
      }
    }
    if (!refused.isEmpty()) {
      throw new RefusedSetException(refused);
    }
    RuleStore configured = citedFrom;
    byte[] bibliography = configured == null ? null : configured.bibliography().orElse(null);
    MemoryRuleStore store =
        new MemoryRuleStore(
            served,
            "the publication log ("
                + served.size()
                + " published version(s) in force on "
                + today
                + ")",
            bibliography);
    try {
      ServedValidation.requireValid(store);
    } catch (InvalidRuleSetException e) {
      throw new RefusedSetException(List.of(new Refusal(e.file(), e.getMessage())));
    }
    return Optional.of(store);
  }

  /** Each logged version's state today. */
  Map<String, VersionState> states() {
    return VersionState.of(publications.entries(), today());
  }

  /** Published and scheduled versions' files: what a new version must fit beside. */
  List<RuleSetSource> standing(Map<String, VersionState> states) {
    List<RuleSetSource> out = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    for (VersionState s : states.values()) {
      if (s.standing()) {
        read(s, refused).ifPresent(out::add);
      }
    }
    if (!refused.isEmpty()) {
      throw new RefusedSetException(refused);
    }
    return out;
  }

  /** A logged version's files, checked against the hash the log recorded. */
  Optional<RuleSetSource> read(VersionState s, List<Refusal> refused) {
    var stored = publications.content(s.area(), s.version());
    if (stored.isEmpty()) {
      refused.add(new Refusal(s.name(), "its files are not in the database"));
      return Optional.empty();
    }
    String actual = VersionHasher.hash(stored.get().source());
    if (!actual.equals(s.contentHash())) {
      refused.add(
          new Refusal(
              s.name(),
              "its stored files hash to "
                  + actual
                  + ", not the "
                  + s.contentHash()
                  + " that was published: they were changed after publication"));
      return Optional.empty();
    }
    return Optional.of(stored.get().source());
  }
}
