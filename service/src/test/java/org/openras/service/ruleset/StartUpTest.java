package org.openras.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.compile.RuleBaseCache;
import org.openras.service.OpenRasApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rule sets are validated and made ready before the service answers anyone, and a broken one stops
 * the start, naming the file and what is wrong. The shipped ones are loaded precompiled, not
 * compiled (ADR 0017); any other version is compiled.
 */
class StartUpTest {
  private static final Path RULES = Path.of("../rules");

  @Test
  void withoutARulesFolderTheShippedRulesJarIsUsed() {
    assertThat(EngineConfiguration.storeFor("")).isInstanceOf(ClasspathRuleStore.class);
    assertThat(EngineConfiguration.storeFor(null)).isInstanceOf(ClasspathRuleStore.class);
    assertThat(EngineConfiguration.storeFor(RULES.toString()))
        .isInstanceOf(DirectoryRuleStore.class);
  }

  @Test
  void everyShippedVersionIsReadyWhenTheEngineIsBuiltAndNoneIsCompiled() {
    OpenRasEngine engine = EngineConfiguration.compiledEngine(new ClasspathRuleStore());
    assertThat(engine.catalogue().all()).hasSizeGreaterThanOrEqualTo(2);
    // Every version with rules is ready (council overlays hold parameters only), loaded from the
    // rule bases compiled when the rules jar was built (ADR 0017): counted, not timed.
    assertThat(engine.compileAll()).isNotEmpty();
    assertThat(engine.compilations()).isZero();
  }

  @Test
  void theServiceStartsOnTheShippedRulesWithoutCompilingAny(@TempDir Path data) {
    int before = RuleBaseCache.compilationsInJvm();
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(OpenRasApplication.class)
            .run("--openras.data.dir=" + data, "--server.port=0")) {
      OpenRasEngine engine = service.getBean(OpenRasEngine.class);
      assertThat(engine.catalogue().all()).isNotEmpty();
      assertThat(engine.compileAll()).isNotEmpty();
      assertThat(engine.compilations()).isZero();
      // Nor did anything else at start (the validation of the served set included).
      assertThat(RuleBaseCache.compilationsInJvm()).isEqualTo(before);
    }
  }

  @Test
  void aVersionThatDiffersFromTheShippedOneIsCompiledAtStart(@TempDir Path store)
      throws IOException {
    copy(RULES.resolve("ras/2025-04-01"), store.resolve("ras/2025-04-01"));
    Path drl;
    try (Stream<Path> files = Files.list(store.resolve("ras/2025-04-01"))) {
      drl = files.filter(f -> f.toString().endsWith(".drl")).findFirst().orElseThrow();
    }
    Files.writeString(drl, "\n// changed after the build\n", StandardOpenOption.APPEND);

    OpenRasEngine engine = EngineConfiguration.compiledEngine(new DirectoryRuleStore(store));

    assertThat(engine.compilations()).isEqualTo(1);
  }

  @Test
  void theServiceRefusesToStartWithARuleSetThatDoesNotCompile(@TempDir Path store)
      throws IOException {
    Path version = store.resolve("ras/2025-04-01");
    copy(RULES.resolve("ras/2025-04-01"), version);
    Path drl;
    try (Stream<Path> files = Files.list(version)) {
      drl = files.filter(f -> f.toString().endsWith(".drl")).findFirst().orElseThrow();
    }
    Files.writeString(
        drl, "\nrule \"BROKEN-001 Never compiles\" when then ((( end\n", StandardOpenOption.APPEND);

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(OpenRasApplication.class)
                    .run("--openras.rules.dir=" + store, "--server.port=0")
                    .close())
        .rootCause()
        .hasMessageContaining("cannot be served")
        .hasMessageContaining("ras/2025-04-01/")
        .hasMessageContaining("compile");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
