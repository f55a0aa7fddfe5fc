package org.openras.benchmarks.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.area.AreaOutcome;
import org.openras.engine.area.AreaRunner;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.compile.RuleBaseCache;
import org.openras.engine.params.Overrides;
import org.openras.engine.ras.RasArea;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;

/**
 * The RAS of {@code ras/2025-04-01} two ways on the engine's own runner (docs/adr/0033): the
 * engine's rules ({@link RasArea}, the version as published) and a design without intermediate
 * facts for the answers ({@link DesignRasArea}: the same version folder with its {@code Ras.drl}
 * replaced by one of {@link Rules}, compiled here with the executable model, as any version).
 */
public final class RasDesign {
  /** The RAS version both run. */
  public static final String VERSION = "2025-04-01";

  /** The design's rule files, in {@code openras-benchmarks/ras-design/}. */
  public enum Rules {
    /** Each answer looked up and reduced by one firing; the lookup recorded as its own line. */
    ONE_FIRING("one-firing-per-answer.drl"),
    /** Each answer looked up by one rule and reduced by another, as the engine's rules do. */
    TWO_FIRINGS("two-firings-per-answer.drl");

    final String file;

    Rules(String file) {
      this.file = file;
    }
  }

  private final AreaRunner runner;
  private final CompiledRuleSet engines;
  private final CompiledRuleSet design;
  private final RasArea rasArea = new RasArea();
  private final DesignRasArea explained = new DesignRasArea(true);
  private final DesignRasArea quiet = new DesignRasArea(false);

  private RasDesign(CompiledRuleSet engines, CompiledRuleSet design, RuleBaseCache cache) {
    this.engines = engines;
    this.design = design;
    this.runner = new AreaRunner(cache);
  }

  /** Compiles the design's rules beside the engine's compiled {@code ras/2025-04-01}. */
  public static RasDesign load(OpenRasEngine engine, Rules rules) {
    RuleSetVersion published = engine.catalogue().find(RasArea.AREA, VERSION).orElseThrow();
    RuleSetSource source = published.source();
    Map<String, byte[]> files = new TreeMap<>(source.files());
    files.keySet().removeIf(f -> f.endsWith(".drl"));
    files.put("Ras.drl", resource("openras-benchmarks/ras-design/" + rules.file));
    RuleSetCatalogue catalogue =
        RuleSetCatalogue.load(
            new MemoryRuleStore(
                List.of(new RuleSetSource(source.area(), source.folder(), new TreeMap<>(files))),
                "ras design " + rules));
    RuleBaseCache cache = new RuleBaseCache();
    CompiledRuleSet design = cache.get(catalogue.find(RasArea.AREA, VERSION).orElseThrow());
    return new RasDesign(engine.compiled(published), design, cache);
  }

  private static byte[] resource(String name) {
    try (InputStream in = RasDesign.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no " + name + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The engine's RAS area on the published version: what a calculation runs for its RAS. */
  public AreaOutcome<RasResult> engine(CalculationRequest request) {
    return runner.run(rasArea, engines, input(request), new AtomicInteger(), Overrides.NONE);
  }

  /** The design, keeping the whole explanation (reasons and parameter reads) or none of it. */
  public AreaOutcome<RasResult> design(CalculationRequest request, boolean explain) {
    return runner.run(
        explain ? explained : quiet, design, input(request), new AtomicInteger(), Overrides.NONE);
  }

  private static RasArea.Input input(CalculationRequest request) {
    return new RasArea.Input(request, RasResult.ELIGIBILITY_NOT_ASSESSED);
  }

  /** True when the version both run covers the request's assessment date. */
  public boolean covers(CalculationRequest request) {
    return engines.version().covers(request.assessmentDate());
  }

  /**
   * The request with the RAS pinned to {@link #VERSION}, as the engine would run it; a person
   * assessed before the version's first day is assessed on that day instead.
   */
  public CalculationRequest pinned(CalculationRequest r) {
    return new CalculationRequest(
        r.personRef(),
        covers(r) ? r.assessmentDate() : engines.version().effectiveFrom(),
        r.person(),
        r.needs(),
        r.informalSupport(),
        Map.of(RasArea.AREA, VERSION));
  }
}
