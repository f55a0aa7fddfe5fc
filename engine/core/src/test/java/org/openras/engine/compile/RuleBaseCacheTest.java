package org.openras.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetVersion;

class RuleBaseCacheTest {

  @Test
  void concurrentFirstCallersOfOneVersionCompileItOnce() throws Exception {
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(TestRules.DIR));
    RuleSetVersion version = engine.catalogue().find("ras", "2025-04-01").orElseThrow();
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<CompiledRuleSet>> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return engine.compiled(version);
                }));
      }
      start.countDown();
      CompiledRuleSet first = results.get(0).get();
      for (Future<CompiledRuleSet> r : results) {
        assertThat(r.get()).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(engine.compilations()).isEqualTo(1);
    assertThat(first(engine, version).ruleCount()).isEqualTo(12);
  }

  private static CompiledRuleSet first(OpenRasEngine engine, RuleSetVersion v) {
    return engine.compiled(v);
  }

  @Test
  void everyShippedVersionCompilesOnceAndCountsItsRules() {
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(TestRules.DIR));
    List<CompiledRuleSet> all = engine.compileAll();
    engine.compileAll();
    assertThat(engine.compilations()).isEqualTo(all.size());
    assertThat(all).allSatisfy(c -> assertThat(c.ruleCount()).isPositive());
  }

  @Test
  void aRuleThatDoesNotCompileIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
    Path version = copyRas2025(dir);
    String drl = Files.readString(version.resolve("Ras.drl"));
    Files.writeString(
        version.resolve("Ras.drl"),
        drl.replace("int total = ((Number) $total).intValue();", "int total = $nope;"));
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(dir));
    RuleSetVersion v = engine.catalogue().find("ras", "2025-04-01").orElseThrow();
    assertThatThrownBy(() -> engine.compiled(v))
        .isInstanceOfSatisfying(
            RuleSetCompilationException.class,
            e -> {
              assertThat(e.area()).isEqualTo("ras");
              assertThat(e.version()).isEqualTo("2025-04-01");
              assertThat(e.errors()).isNotEmpty();
              assertThat(e.errors().get(0).file()).isEqualTo("ras/2025-04-01/Ras.drl");
              assertThat(e.errors().get(0).line()).isEqualTo(lineOf(drl, "int total = "));
              assertThat(e.errors().get(0).message()).contains("RAS-030").contains("$nope");
            });
  }

  @Test
  void aRuleFileInTheWrongPackageIsRefusedWithTheLine(@TempDir Path dir) throws IOException {
    Path version = copyRas2025(dir);
    String drl = Files.readString(version.resolve("Ras.drl"));
    Files.writeString(version.resolve("Ras.drl"), drl.replace("v2025_04_01", "v2024_04_01"));
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(dir));
    RuleSetVersion v = engine.catalogue().find("ras", "2025-04-01").orElseThrow();
    assertThatThrownBy(() -> engine.compiled(v))
        .isInstanceOfSatisfying(
            RuleSetCompilationException.class,
            e -> {
              assertThat(e.errors().get(0).line()).isEqualTo(1);
              assertThat(e.errors().get(0).message()).contains("org.openras.rules.ras.v2025_04_01");
            });
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Copies the shipped 2025 RAS version into a temporary rule store. */
  static Path copyRas2025(Path dir) throws IOException {
    Path source = TestRules.DIR.resolve("ras/2025-04-01");
    Path target = dir.resolve("ras/2025-04-01");
    Files.createDirectories(target.resolve("cases"));
    try (var files = Files.walk(source)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, target.resolve(source.relativize(f).toString()));
      }
    }
    return target;
  }
}
