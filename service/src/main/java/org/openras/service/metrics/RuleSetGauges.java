package org.openras.service.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetVersion;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * {@code openras.ruleset.loaded} = 1 for each rule-set version loaded, tagged with its area,
 * version and the first twelve hex digits of its hash, and {@code openras.engine.info} = 1 tagged
 * with the engine version: which rules a running instance holds, at a glance.
 */
@Component
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
    for (RuleSetVersion v : engine.catalogue().all()) {
      Gauge.builder(LOADED, () -> 1)
          .description("A rule-set version loaded and compiled")
          .tag("area", v.area())
          .tag("version", v.version())
          .tag("hash", v.hash().substring(0, Math.min(SHORT_HASH, v.hash().length())))
          .register(registry);
    }
    Gauge.builder("openras.engine.info", () -> 1)
        .description("The engine version")
        .tag("version", OpenRasEngine.version())
        .register(registry);
  }
}
