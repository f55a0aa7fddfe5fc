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
import org.openras.engine.explain.Reason;
import org.openras.engine.params.Overrides;
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
    return calculate(request, Overrides.NONE);
  }

  /**
   * Calculates one assessment with a scenario's parameter overrides: each figure the rules read is
   * changed as the overrides that apply to this person say, and the result records the changed
   * value with the override in its reference. {@link Overrides#NONE} is an ordinary calculation.
   */
  public CalculationResult calculate(CalculationRequest request, Overrides overrides) {
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
    RuleSetVersion rasVersion =
        catalogue.select(RasArea.AREA, request.assessmentDate(), request.pinned(RasArea.AREA));
    ras.validate(request, rasVersion, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    AtomicInteger sequence = new AtomicInteger();
    RasArea.Outcome outcome =
        ras.run(
            cache.get(rasVersion),
            request,
            RasResult.ELIGIBILITY_NOT_ASSESSED,
            sequence,
            overrides.forPerson(request.person(), request.assessmentDate()));
    List<Reason> trace = new ArrayList<>(outcome.reasons());
    List<ParameterRead> parameters = new ArrayList<>(outcome.parameters());
    return new CalculationResult(
        request.personRef(),
        request.assessmentDate(),
        VERSION,
        List.of(RuleSetUsed.of(rasVersion)),
        outcome.result(),
        trace,
        parameters);
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
