package org.openras.service.ruleset;

import java.nio.file.Path;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.service.publication.ServedSet;
import org.openras.service.uprating.StoreWithDrafts;
import org.openras.service.uprating.UpratingDraftTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the one engine the service shares. The rule store ({@code openras.rules.dir} when it is
 * set, else the {@code openras-rules} jar on the classpath) holds drafts; the engine serves the
 * published versions in force, read from the publication log in the database (the first start
 * records the store's versions as published). Every served version is made ready here, at start-up:
 * loaded from the rule bases compiled into the rules jar when its hash matches (ADR 0017), compiled
 * otherwise; one that does not compile stops the service from starting; later sets are reloaded
 * live ({@code publication.LiveReload}), each new version compiled once and cached.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {
  private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

  /**
   * Where drafts come from: the configured store and the uprating drafts in the database (on the
   * first start, the configured store's versions are recorded as published).
   */
  @Bean
  RuleStore ruleStore(
      @Value("${openras.rules.dir:}") String rulesDir, UpratingDraftTable upratingDrafts) {
    return new StoreWithDrafts(storeFor(rulesDir), upratingDrafts);
  }

  @Bean
  OpenRasEngine openRasEngine(RuleStore store, ServedSet served) {
    served.bootstrap(store instanceof StoreWithDrafts s ? s.configured() : store);
    return compiledEngine(served.load());
  }

  static RuleStore storeFor(String rulesDir) {
    if (rulesDir == null || rulesDir.isBlank()) {
      return new ClasspathRuleStore();
    }
    return new DirectoryRuleStore(Path.of(rulesDir));
  }

  static OpenRasEngine compiledEngine(RuleStore store) {
    long start = System.nanoTime();
    OpenRasEngine engine = OpenRasEngine.load(store);
    var compiled = engine.compileAll();
    long millis = (System.nanoTime() - start) / 1_000_000;
    log.info(
        "{} rule-set version(s) from {} ready in {} ms ({} compiled, the others loaded precompiled): {}",
        compiled.size(),
        store.describe(),
        millis,
        engine.compilations(),
        compiled.stream().map(EngineConfiguration::name).toList());
    return engine;
  }

  private static String name(CompiledRuleSet c) {
    return c.version().area() + "/" + c.version().version();
  }
}
