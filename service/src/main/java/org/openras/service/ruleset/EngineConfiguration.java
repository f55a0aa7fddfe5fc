package org.openras.service.ruleset;

import java.nio.file.Path;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.compile.CompiledRuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the one engine the service shares. Rule sets come from {@code openras.rules.dir} when it
 * is set, else from the {@code openras-rules} jar on the classpath. Every version is compiled here,
 * at start-up: a version that does not compile stops the service from starting.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {
  private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

  /** Where the rules come from; scenario jobs that build what-if stores read it too. */
  @Bean
  RuleStore ruleStore(@Value("${openras.rules.dir:}") String rulesDir) {
    return storeFor(rulesDir);
  }

  @Bean
  OpenRasEngine openRasEngine(RuleStore store) {
    return compiledEngine(store);
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
        "Compiled {} rule-set version(s) from {} in {} ms: {}",
        compiled.size(),
        store.describe(),
        millis,
        compiled.stream().map(EngineConfiguration::name).toList());
    return engine;
  }

  private static String name(CompiledRuleSet c) {
    return c.version().area() + "/" + c.version().version();
  }
}
