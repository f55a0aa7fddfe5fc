package org.openras.engine.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.compile.RuleSetCompilationException;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.result.RuleSetUsed;

/**
 * Replacing the catalogue an engine serves while it calculates: the new one is compiled before it
 * is served, a version that does not compile is refused and the old catalogue kept, and no
 * calculation mixes versions of two catalogues.
 */
class LiveReloadTest {
  static final Path PERSON =
      Path.of(
          "..", "..", "seeds", "people", "older-person-full-assessment-pays-a-contribution.json");

  static List<RuleSetSource> shipped;
  static CalculationRequest request;

  @BeforeAll
  static void read() throws Exception {
    shipped = new DirectoryRuleStore(TestRules.DIR).versions();
    request = Json.mapper().readValue(Files.readString(PERSON), CalculationRequest.class);
  }

  /** The shipped rules with {@code area/version}'s files changed by {@code change}. */
  static List<RuleSetSource> with(
      List<RuleSetSource> base,
      String area,
      String version,
      UnaryOperator<String> change,
      String file) {
    List<RuleSetSource> out = new ArrayList<>();
    for (RuleSetSource s : base) {
      if (s.area().equals(area) && s.folder().equals(version)) {
        TreeMap<String, byte[]> files = new TreeMap<>(s.files());
        files.put(file, change.apply(s.text(file)).getBytes(StandardCharsets.UTF_8));
        out.add(new RuleSetSource(area, version, files));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A second generation: the eligibility and RAS versions in force re-issued (new hashes). Those in
   * force are the staged versions, which supersede 2015-04-01 and 2025-04-01 (docs/adr/0016).
   */
  static RuleSetCatalogue generationB() {
    List<RuleSetSource> b =
        with(
            shipped,
            "eligibility",
            "2015-04-01-staged",
            t -> t + "\n# generation B\n",
            "ruleset.yaml");
    b = with(b, "ras", "2025-04-01-staged", t -> t + "\n# generation B\n", "ruleset.yaml");
    return RuleSetCatalogue.load(new MemoryRuleStore(b, "generation B"));
  }

  static Map<String, String> hashes(CalculationResult r) {
    Map<String, String> out = new TreeMap<>();
    for (RuleSetUsed u : r.ruleSets()) {
      out.put(u.area(), u.hash());
    }
    return out;
  }

  @Test
  void serveSwapsTheCatalogueAndCompilesOnlyNewVersions() {
    OpenRasEngine engine = OpenRasEngine.load(new MemoryRuleStore(shipped, "shipped"));
    engine.compileAll();
    int before = engine.compilations();
    Map<String, String> a = hashes(engine.calculate(request));

    RuleSetCatalogue b = generationB();
    engine.serve(b);

    assertThat(engine.catalogue()).isSameAs(b);
    assertThat(engine.compilations()).isEqualTo(before + 2);
    Map<String, String> after = hashes(engine.calculate(request));
    assertThat(after.get("ras")).isNotEqualTo(a.get("ras"));
    assertThat(after.get("eligibility")).isNotEqualTo(a.get("eligibility"));
    assertThat(after.get("contributions")).isEqualTo(a.get("contributions"));

    engine.serve(RuleSetCatalogue.load(new MemoryRuleStore(shipped, "shipped again")));
    assertThat(engine.compilations())
        .as("the first catalogue's versions are cached")
        .isEqualTo(before + 2);
    assertThat(hashes(engine.calculate(request))).isEqualTo(a);
  }

  @Test
  void aVersionThatDoesNotCompileIsRefusedAndTheOldCatalogueKept() {
    OpenRasEngine engine = OpenRasEngine.load(new MemoryRuleStore(shipped, "shipped"));
    RuleSetCatalogue good = engine.catalogue();
    Map<String, String> a = hashes(engine.calculate(request));
    RuleSetCatalogue broken =
        RuleSetCatalogue.load(
            new MemoryRuleStore(
                with(
                    shipped,
                    "ras",
                    "2025-04-01",
                    t -> t + "\nrule \"RAS-999 Broken\"\nwhen\n  nonsense(\nthen\nend\n",
                    "Ras.drl"),
                "broken"));

    assertThatThrownBy(() -> engine.serve(broken))
        .isInstanceOf(RuleSetCompilationException.class)
        .hasMessageContaining("ras rule set 2025-04-01 does not compile");

    assertThat(engine.catalogue()).isSameAs(good);
    assertThat(hashes(engine.calculate(request))).isEqualTo(a);
  }

  @Test
  void aCatalogueWithoutTheDefaultCouncilIsRefused() {
    OpenRasEngine engine =
        OpenRasEngine.load(new MemoryRuleStore(shipped, "shipped"), "north-shire");
    RuleSetCatalogue good = engine.catalogue();
    List<RuleSetSource> noCouncil =
        shipped.stream().filter(s -> !s.area().equals("councils/north-shire")).toList();

    assertThatThrownBy(
            () -> engine.serve(RuleSetCatalogue.load(new MemoryRuleStore(noCouncil, "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("north-shire");
    assertThat(engine.catalogue()).isSameAs(good);
  }

  @Test
  void noCalculationMixesVersionsOfTwoCatalogues() throws Exception {
    OpenRasEngine engine = OpenRasEngine.load(new MemoryRuleStore(shipped, "shipped"));
    RuleSetCatalogue a = engine.catalogue();
    RuleSetCatalogue b = generationB();
    engine.serve(b);
    Map<String, String> newer = hashes(engine.calculate(request));
    engine.serve(a);
    Map<String, String> older = hashes(engine.calculate(request));
    assertThat(newer).isNotEqualTo(older);

    AtomicBoolean swapping = new AtomicBoolean(true);
    Set<Map<String, String>> seen = ConcurrentHashMap.newKeySet();
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try {
      Future<Integer> swaps =
          pool.submit(
              () -> {
                int n = 0;
                while (swapping.get()) {
                  engine.serve(n % 2 == 0 ? b : a);
                  n++;
                  Thread.onSpinWait();
                }
                return n;
              });
      List<Future<List<Map<String, String>>>> calcs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        calcs.add(
            pool.submit(
                () -> {
                  List<Map<String, String>> used = new ArrayList<>();
                  for (int i = 0; i < 500; i++) {
                    used.add(hashes(engine.calculate(request)));
                  }
                  return used;
                }));
      }
      for (Future<List<Map<String, String>>> f : calcs) {
        for (Map<String, String> used : f.get()) {
          assertThat(used).as("every version from one catalogue").isIn(older, newer);
          seen.add(used);
        }
      }
      swapping.set(false);
      assertThat(swaps.get()).isGreaterThan(10);
    } finally {
      swapping.set(false);
      pool.shutdownNow();
    }
    assertThat(seen)
        .as("both catalogues were served during the run")
        .containsOnly(older, newer)
        .hasSize(2);
  }
}
