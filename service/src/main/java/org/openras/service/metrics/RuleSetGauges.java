package org.openras.service.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.service.publication.LiveReload;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code openras.ruleset.loaded} = 1 for each rule-set version loaded, tagged with its area,
 * version and the first twelve hex digits of its hash, and {@code openras.engine.info} = 1 tagged
 * with the engine version: which rules a running instance holds, at a glance.
 */
@Component
@ConditionalOnWebApplication // not for verify-audit, which must not build the engine
class RuleSetGauges implements SmartInitializingSingleton {
  static final String LOADED = "openras.ruleset.loaded";
  private static final int SHORT_HASH = 12;

  private final OpenRasEngine engine;
  private final MeterRegistry registry;

  RuleSetGauges(OpenRasEngine engine, MeterRegistry registry) {
    this.engine = engine;
    this.registry = registry;
  }

  @Override
  public void afterSingletonsInstantiated() {
    register(engine.catalogue());
    Gauge.builder("openras.engine.info", () -> 1)
        .description("The engine version")
        .tag("version", OpenRasEngine.version())
        .register(registry);
  }

  /** Each newly served version gets its gauge; one no longer served reads 0. */
  @EventListener
  void served(LiveReload.ServedRulesChanged changed) {
    register(changed.catalogue());
  }

  private boolean served(RuleSetVersion v) {
    return engine
        .catalogue()
        .find(v.area(), v.version())
        .filter(x -> x.hash().equals(v.hash()))
        .isPresent();
  }

  private void register(RuleSetCatalogue catalogue) {
    for (RuleSetVersion v : catalogue.all()) {
      Gauge.builder(LOADED, () -> served(v) ? 1 : 0)
          .description("A rule-set version loaded and compiled (1 while served)")
          .tag("area", v.area())
          .tag("version", v.version())
          .tag("hash", v.hash().substring(0, Math.min(SHORT_HASH, v.hash().length())))
          .register(registry);
    }
  }
}
