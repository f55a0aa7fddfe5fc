package org.openras.service.publication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The live reload of what the service serves (docs/adr/0004): switches the engine to the set the
 * publication log and the clock say to serve ({@link ServedSet}) whenever it changes, without a
 * restart, and refuses a set that cannot be served, keeping the last good one. It runs on the poll
 * ({@code openras.publication.poll}) and after every entry the {@link Publications} workflow
 * writes; its status is the {@code rules} health indicator's.
 */
@Component
public class LiveReload {
  private static final Logger log = LoggerFactory.getLogger(LiveReload.class);

  private final OpenRasEngine engine;
  private final ServedSet served;
  private final ApplicationEventPublisher events;
  private volatile ServedStatus status;

  LiveReload(OpenRasEngine engine, ServedSet served, ApplicationEventPublisher events) {
    this.engine = engine;
    this.served = served;
    this.events = events;
    this.status = new ServedStatus(names(engine.catalogue()), List.of(), Instant.now(), null);
  }

  /**
   * What the service serves and what it refused at the last reload.
   *
   * @param served {@code area/version} of every version served
   * @param refused the versions (or the log) refused at the last reload; empty when it succeeded
   * @param checkedAt when the set was last worked out
   * @param refusedSince when the refusal began, or null
   */
  public record ServedStatus(
      List<String> served, List<Refusal> refused, Instant checkedAt, Instant refusedSince) {}

  /** Published when the engine starts serving another set. */
  public record ServedRulesChanged(RuleSetCatalogue catalogue) {}

  public ServedStatus status() {
    return status;
  }

  /**
   * Works out the set to serve from the log and the clock and, when it differs from what is served,
   * compiles it and serves it. A set that cannot be served is refused whole: the engine keeps the
   * last good set, the refusal is logged (ERROR, once while it lasts) and shown by the {@code
   * rules} health indicator until a later reload succeeds.
   */
  public synchronized ServedStatus reload() {
    Instant now = Instant.now();
    try {
      RuleSetCatalogue current = engine.catalogue();
      Optional<MemoryRuleStore> changed = served.loadUnlessServing(identities(current));
      RuleSetCatalogue next = changed.map(RuleSetCatalogue::load).orElse(current);
      if (changed.isPresent()) {
        engine.serve(next);
        log.info(
            "Now serving {} rule-set version(s) from the publication log: {}",
            next.all().size(),
            names(next));
        events.publishEvent(new ServedRulesChanged(next));
      }
      if (!status.refused().isEmpty()) {
        log.info("The published rule sets are served again; the earlier refusal is over");
      }
      status = new ServedStatus(names(next), List.of(), now, null);
    } catch (RefusedSetException e) {
      refuse(e.refusals, now);
    } catch (OpenRasException | IllegalArgumentException e) {
      refuse(List.of(new Refusal(versionNamed(e), e.getMessage())), now);
    }
    return status;
  }

  private void refuse(List<Refusal> refusals, Instant now) {
    ServedStatus before = status;
    if (!before.refused().equals(refusals)) {
      log.error(
          "Refused to serve the published rule sets; still serving the last good set {}: {}",
          names(engine.catalogue()),
          refusals);
    }
    status =
        new ServedStatus(
            names(engine.catalogue()),
            refusals,
            now,
            before.refusedSince() == null ? now : before.refusedSince());
  }

  private static String versionNamed(RuntimeException e) {
    if (e instanceof org.openras.engine.compile.RuleSetCompilationException c) {
      return c.area() + "/" + c.version();
    }
    if (e instanceof InvalidRuleSetException i) {
      return i.file();
    }
    return "catalogue";
  }

  private static Set<String> identities(RuleSetCatalogue c) {
    Set<String> out = new TreeSet<>();
    c.all().forEach(v -> out.add(v.area() + "/" + v.version() + "@" + v.hash()));
    return out;
  }

  private static List<String> names(RuleSetCatalogue c) {
    return c.all().stream().map(v -> v.area() + "/" + v.version()).toList();
  }
}
