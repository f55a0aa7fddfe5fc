package org.openras.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.cases.CaseResult;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.cases.PolicyCase;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.compile.PrecompiledRuleBases;
import org.openras.engine.compile.RuleBaseCache;

/**
 * The shipped versions are compiled when the rules jar is built and loaded, not compiled, when an
 * engine starts (ADR 0017): counted with the engine's compilation counter, not timed. Only a
 * version with exactly the hash that was compiled is loaded; any other is compiled afresh.
 */
class PrecompiledRuleBasesTest {

  private static boolean hasRules(RuleSetVersion v) {
    return v.source().files().keySet().stream()
        .anyMatch(f -> !f.startsWith("cases/") && f.endsWith(".drl"));
  }

  /** Runs the first case of every version with rules; each must pass. */
  private static Set<String> calculateInEveryVersion(OpenRasEngine engine) {
    Set<String> areas = new TreeSet<>();
    for (RuleSetVersion v : engine.catalogue().all()) {
      if (!hasRules(v)) {
        continue;
      }
      List<PolicyCase> cases = CaseRunner.cases(v);
      assertThat(cases).as("%s has cases", v.label()).isNotEmpty();
      CaseResult r = CaseRunner.run(engine, cases.get(0));
      assertThat(r.passed()).as(r.report()).isTrue();
      areas.add(v.area());
    }
    return areas;
  }

  @Test
  void theShippedVersionsAreLoadedWithoutCompilingAny() {
    OpenRasEngine engine = OpenRasEngine.load(new ClasspathRuleStore());
    for (RuleSetVersion v : engine.catalogue().all()) {
      if (hasRules(v)) {
        assertThat(getClass().getClassLoader().getResource(PrecompiledRuleBases.path(v)))
            .as("the rules jar holds %s precompiled", v.label())
            .isNotNull();
      }
    }

    Set<String> areas = calculateInEveryVersion(engine);
    List<CompiledRuleSet> all = engine.compileAll();

    assertThat(areas).contains("eligibility", "ras", "contributions", "adjustments");
    assertThat(all).isNotEmpty();
    assertThat(engine.compilations()).isZero();
  }

  @Test
  void aVersionWhoseFilesDifferFromTheCompiledOnesIsCompiled(@TempDir Path store)
      throws IOException {
    RuleSetCatalogue shipped = RuleSetCatalogue.load(new ClasspathRuleStore());
    for (RuleSetVersion v : shipped.all()) {
      for (var file : v.source().files().entrySet()) {
        Path target = store.resolve(v.area()).resolve(v.source().folder()).resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
    }
    RuleSetVersion changed = shipped.versions("ras").get(0);
    Path drl;
    try (var files = Files.list(store.resolve("ras").resolve(changed.source().folder()))) {
      drl = files.filter(f -> f.toString().endsWith(".drl")).findFirst().orElseThrow();
    }
    Files.writeString(drl, "\n// edited after the jar was built\n", StandardOpenOption.APPEND);

    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(store));
    RuleSetVersion edited = engine.catalogue().versions("ras").get(0);
    assertThat(edited.hash()).isNotEqualTo(changed.hash());
    calculateInEveryVersion(engine);
    engine.compileAll();

    // Only the edited version is compiled; its rule base is the edited one, under its new hash.
    assertThat(engine.compilations()).isEqualTo(1);
    assertThat(engine.compiled(edited).version().hash()).isEqualTo(edited.hash());
  }

  @Test
  void aPrecompiledJarFiledUnderAnotherVersionsHashIsNotServed(@TempDir Path dir)
      throws IOException {
    RuleSetCatalogue shipped = RuleSetCatalogue.load(new ClasspathRuleStore());
    List<RuleSetVersion> ras = shipped.versions("ras");
    assertThat(ras).hasSizeGreaterThanOrEqualTo(2);
    RuleSetVersion wanted = ras.get(1);
    RuleSetVersion other = ras.get(0);
    // A jar of the rules module's layout in which the wanted version's file holds the other one.
    write(dir, PrecompiledRuleBases.BUILD, resource(PrecompiledRuleBases.BUILD));
    write(dir, PrecompiledRuleBases.path(wanted), resource(PrecompiledRuleBases.path(other)));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      PrecompiledRuleBases found = PrecompiledRuleBases.onClasspath(loader);
      assertThat(found.find(wanted)).isPresent();
      RuleBaseCache cache = new RuleBaseCache(found);

      CompiledRuleSet served = cache.get(wanted);

      assertThat(cache.loads()).isZero();
      assertThat(cache.compilations()).isEqualTo(1);
      assertThat(served.version().hash()).isEqualTo(wanted.hash());
      assertThat(served.kieBase().getKiePackage(wanted.drlPackage())).isNotNull();
      assertThat(served.kieBase().getKiePackage(other.drlPackage())).isNull();
    }
  }

  @Test
  void aPrecompiledJarWhoseRuleFilesDifferFromTheVersionsIsNotServed(@TempDir Path dir)
      throws IOException {
    RuleSetVersion version = RuleSetCatalogue.load(new ClasspathRuleStore()).versions("ras").get(0);
    // The version's own jar (same name, same ReleaseId) with one rule file changed inside it.
    ByteArrayOutputStream changed = new ByteArrayOutputStream();
    int drls = 0;
    try (ZipInputStream in =
            new ZipInputStream(
                new ByteArrayInputStream(resource(PrecompiledRuleBases.path(version))));
        ZipOutputStream out = new ZipOutputStream(changed)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().endsWith(".drl")) {
          bytes = (new String(bytes, StandardCharsets.UTF_8) + "\n// not the same\n").getBytes();
          drls++;
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    assertThat(drls).isPositive();
    write(dir, PrecompiledRuleBases.BUILD, resource(PrecompiledRuleBases.BUILD));
    write(dir, PrecompiledRuleBases.path(version), changed.toByteArray());

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      RuleBaseCache cache = new RuleBaseCache(PrecompiledRuleBases.onClasspath(loader));
      cache.get(version);
      assertThat(cache.loads()).isZero();
      assertThat(cache.compilations()).isEqualTo(1);
    }
  }

  @Test
  void rulesCompiledAgainstAnotherEngineBuildAreNotUsed(@TempDir Path dir) throws IOException {
    RuleSetVersion version = RuleSetCatalogue.load(new ClasspathRuleStore()).versions("ras").get(0);
    Properties otherEngine = PrecompiledRuleBases.fingerprints();
    otherEngine.setProperty("engine", "0".repeat(64));
    var text = new java.io.StringWriter();
    otherEngine.store(text, null);
    write(dir, PrecompiledRuleBases.BUILD, text.toString().getBytes(StandardCharsets.UTF_8));
    write(dir, PrecompiledRuleBases.path(version), resource(PrecompiledRuleBases.path(version)));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertThat(PrecompiledRuleBases.onClasspath(loader).find(version)).isEmpty();
    }
    // The same files with the running engine's fingerprints are used.
    write(dir, PrecompiledRuleBases.BUILD, resource(PrecompiledRuleBases.BUILD));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      RuleBaseCache cache = new RuleBaseCache(PrecompiledRuleBases.onClasspath(loader));
      cache.get(version);
      assertThat(cache.loads()).isEqualTo(1);
      assertThat(cache.compilations()).isZero();
    }
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in =
        PrecompiledRuleBasesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }

  private static void write(Path root, String path, byte[] bytes) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
