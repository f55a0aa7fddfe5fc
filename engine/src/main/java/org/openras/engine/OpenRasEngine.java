package org.openras.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.compile.RuleBaseCache;
import org.openras.engine.eligibility.EligibilityArea;
import org.openras.engine.eligibility.EligibilityResult;
import org.openras.engine.eligibility.RasBasis;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.ras.RasArea;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.request.RequestChecks;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.result.RuleSetUsed;

/**
 * The one entry point: an assessment and its date in, a result with its explanation out. Selects in
 * each area the rule-set version in force on the assessment date (or the pinned one), runs it from
 * a rule base compiled once, and records every rule that fired and every figure it read.
 * Thread-safe; build one per rule store and share it.
 */
public final class OpenRasEngine {
  private static final String VERSION = readVersion();

  private final RuleSetCatalogue catalogue;
  private final RuleBaseCache cache = new RuleBaseCache();
  private final EligibilityArea eligibility = new EligibilityArea();
  private final RasArea ras = new RasArea();

  private OpenRasEngine(RuleSetCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Reads every version in the store and checks their periods; compiles nothing yet. */
  public static OpenRasEngine load(RuleStore store) {
    return new OpenRasEngine(RuleSetCatalogue.load(store));
  }

  public RuleSetCatalogue catalogue() {
    return catalogue;
  }

  /** How many rule-set compilations this engine has run. */
  public int compilations() {
    return cache.compilations();
  }

  /** Compiles every version now (a service does this at start-up, not on the first request). */
  public List<CompiledRuleSet> compileAll() {
    return catalogue.all().stream().map(cache::get).toList();
  }

  public CompiledRuleSet compiled(RuleSetVersion version) {
    return cache.get(version);
  }

  /** The engine's own version, recorded in every result. */
  public static String version() {
    return VERSION;
  }

  /**
   * Calculates one assessment.
   *
   * @throws InvalidRequestException naming every bad field
   * @throws org.openras.engine.catalogue.RuleSetSelectionException when no version covers the date
   * @throws org.openras.engine.compile.RuleSetCompilationException when a version does not compile
   * @throws org.openras.engine.params.MissingParameterException when a needed figure is absent
   */
  public CalculationResult calculate(CalculationRequest request) {
    List<FieldError> errors = new ArrayList<>();
    RequestChecks.check(request, errors);
    for (String area : request.ruleSetVersions().keySet()) {
      if (catalogue.versions(area).isEmpty()) {
        errors.add(
            new FieldError("ruleSetVersions." + area, "unknown area; areas: " + catalogue.areas()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    // Eligibility area (issue 4): runs when the request has an eligibility section.
    RuleSetVersion eligibilityVersion = null;
    if (request.eligibility() != null) {
      eligibilityVersion =
          catalogue.select(
              EligibilityArea.AREA, request.assessmentDate(), request.pinned(EligibilityArea.AREA));
      eligibility.validate(request, eligibilityVersion, errors);
    }
    // RAS area: runs when the request has needs.
    RuleSetVersion rasVersion = null;
    if (request.needs() != null) {
      rasVersion =
          catalogue.select(RasArea.AREA, request.assessmentDate(), request.pinned(RasArea.AREA));
      ras.validate(request, rasVersion, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    Collected run = new Collected();
    EligibilityResult eligibilityResult = null;
    if (eligibilityVersion != null) {
      var decided = eligibility.run(cache.get(eligibilityVersion), request, run.sequence);
      eligibilityResult = decided.result();
      run.add(eligibilityVersion, decided.reasons(), decided.parameters());
    }
    RasResult rasResult = null;
    String basis =
        eligibilityResult == null
            ? RasResult.ELIGIBILITY_NOT_ASSESSED
            : eligibilityResult.rasBasis();
    // Not eligible and not asked for: no RAS figure; the eligibility rules say why (rasNote).
    if (rasVersion != null && !RasBasis.NO_FIGURE.equals(basis)) {
      var outcome = ras.run(cache.get(rasVersion), request, basis, run.sequence);
      rasResult = outcome.result();
      run.add(rasVersion, outcome.reasons(), outcome.parameters());
    }
    return new CalculationResult(
        request.personRef(),
        request.assessmentDate(),
        VERSION,
        List.copyOf(run.used),
        eligibilityResult,
        rasResult,
        run.trace,
        run.parameters);
  }

  /** What the areas of one calculation produced, in the order they ran. */
  private static final class Collected {
    final AtomicInteger sequence = new AtomicInteger();
    final List<RuleSetUsed> used = new ArrayList<>();
    final List<Reason> trace = new ArrayList<>();
    final List<ParameterRead> parameters = new ArrayList<>();

    void add(RuleSetVersion version, List<Reason> reasons, List<ParameterRead> reads) {
      used.add(RuleSetUsed.of(version));
      trace.addAll(reasons);
      parameters.addAll(reads);
    }
  }

  private static String readVersion() {
    try (InputStream in = OpenRasEngine.class.getResourceAsStream("engine.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
