package org.openras.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.adjustment.AdjustmentArea;
import org.openras.engine.adjustment.AdjustmentResult;
import org.openras.engine.area.AreaRunner;
import org.openras.engine.area.RuleArea;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.compile.RuleBaseCache;
import org.openras.engine.contribution.ContributionArea;
import org.openras.engine.contribution.ContributionResult;
import org.openras.engine.contribution.CostOfCare;
import org.openras.engine.contribution.CouncilOverlays;
import org.openras.engine.directpayment.DirectPaymentArea;
import org.openras.engine.directpayment.DirectPaymentChecks;
import org.openras.engine.directpayment.DirectPaymentRequest;
import org.openras.engine.directpayment.DirectPaymentResult;
import org.openras.engine.eligibility.EligibilityArea;
import org.openras.engine.eligibility.EligibilityResult;
import org.openras.engine.eligibility.RasBasis;
import org.openras.engine.params.Overrides;
import org.openras.engine.ras.RasArea;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.request.RequestChecks;
import org.openras.engine.result.AccountReview;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.result.RuleSetUsed;

/**
 * The one entry point: an assessment and its date in, a result with its explanation out. Selects in
 * each area the rule-set version in force on the assessment date (or the pinned one), runs it from
 * a rule base compiled once, and records every rule that fired and every figure it read.
 * Thread-safe; build one per rule store and share it.
 *
 * <p>The catalogue it serves can be replaced while it runs ({@link #serve(RuleSetCatalogue)}): the
 * new one is compiled first and refused whole if any version fails, and each calculation reads the
 * catalogue once when it starts, so it finishes on the versions it started with.
 */
public final class OpenRasEngine {
  private static final String VERSION = readVersion();

  private volatile RuleSetCatalogue catalogue;
  private final RuleBaseCache cache;
  private final AreaRunner runner;
  private final EligibilityArea eligibility = new EligibilityArea();
  private final RasArea ras = new RasArea();
  private final AdjustmentArea adjustments = new AdjustmentArea();
  private final ContributionArea contributions = new ContributionArea();
  private final DirectPaymentArea directPayments = new DirectPaymentArea();

  /** The rule areas in the order they run (DESIGN.md §4). */
  private final List<RuleArea<?, ?, ?>> areas =
      List.of(eligibility, ras, adjustments, contributions);

  private final String defaultCouncil;

  private OpenRasEngine(RuleSetCatalogue catalogue, String defaultCouncil, RuleBaseCache cache) {
    this.catalogue = catalogue;
    this.defaultCouncil = defaultCouncil;
    this.cache = cache;
    this.runner = new AreaRunner(cache);
  }

  /** Reads every version in the store and checks their periods; compiles nothing yet. */
  public static OpenRasEngine load(RuleStore store) {
    return load(store, null);
  }

  /**
   * As {@link #load(RuleStore)}, for a deployment that serves {@code defaultCouncil} (a folder
   * under {@code councils/}) unless a request names another; null for national figures only.
   *
   * @throws IllegalArgumentException when the store has no overlay for the default council
   */
  public static OpenRasEngine load(RuleStore store, String defaultCouncil) {
    RuleSetCatalogue catalogue = RuleSetCatalogue.load(store);
    requireDefaultCouncil(catalogue, defaultCouncil, store.describe());
    return new OpenRasEngine(catalogue, defaultCouncil, new RuleBaseCache());
  }

  private static void requireDefaultCouncil(
      RuleSetCatalogue catalogue, String defaultCouncil, String where) {
    if (defaultCouncil != null
        && catalogue.versions(CouncilOverlays.area(defaultCouncil)).isEmpty()) {
      throw new IllegalArgumentException(
          "The default council '"
              + defaultCouncil
              + "' has no overlay in "
              + where
              + "; councils: "
              + councils(catalogue));
    }
  }

  /**
   * Serves {@code next} from now on, once every version in it that has rules has compiled (versions
   * compiled before are taken from the cache, which is kept across catalogues, keyed by area,
   * version and hash). Calculations already running finish on the catalogue they started with.
   *
   * @return the versions compiled or taken from the cache
   * @throws org.openras.engine.compile.RuleSetCompilationException naming the version that does not
   *     compile; this engine then keeps serving its current catalogue
   * @throws org.openras.engine.catalogue.InvalidRuleSetException naming the file a version's
   *     figures cannot be read from; likewise refused
   * @throws IllegalArgumentException when {@code next} lacks the default council's overlay
   */
  public synchronized List<CompiledRuleSet> serve(RuleSetCatalogue next) {
    requireDefaultCouncil(next, defaultCouncil, "the new catalogue");
    List<CompiledRuleSet> compiled = compile(next);
    catalogue = next;
    return compiled;
  }

  /**
   * An engine serving {@code other} that shares this engine's compiled rule bases (and default
   * council): to try a catalogue that is not served, such as served versions with a draft, or to
   * hold one catalogue for a job that must run on one set from start to end.
   */
  public OpenRasEngine sharing(RuleSetCatalogue other) {
    return new OpenRasEngine(other, defaultCouncil, cache);
  }

  /** An engine that keeps serving this engine's current catalogue whatever this one serves next. */
  public OpenRasEngine snapshot() {
    return sharing(catalogue);
  }

  /** The councils whose local options this engine hosts. */
  public List<String> councils() {
    return councils(catalogue);
  }

  private static List<String> councils(RuleSetCatalogue catalogue) {
    return catalogue.areas().stream()
        .filter(CouncilOverlays::isOverlay)
        .map(a -> a.substring(CouncilOverlays.AREA_PREFIX.length()))
        .toList();
  }

  /** The council used when a request names none, or null. */
  public String defaultCouncil() {
    return defaultCouncil;
  }

  /** The catalogue served now; a later {@link #serve} does not change the one returned. */
  public RuleSetCatalogue catalogue() {
    return catalogue;
  }

  /** How many rule-set compilations this engine has run. */
  public int compilations() {
    return cache.compilations();
  }

  /** Compiles every version now (a service does this at start-up, not on the first request). */
  public List<CompiledRuleSet> compileAll() {
    return compile(catalogue);
  }

  private List<CompiledRuleSet> compile(RuleSetCatalogue catalogue) {
    // Council overlays hold parameters only: nothing to compile (their options are read per use).
    return catalogue.all().stream()
        .filter(v -> !CouncilOverlays.isOverlay(v.area()) && !DirectPaymentArea.isOverlay(v.area()))
        .map(cache::get)
        .toList();
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
    // Read once: everything below uses this catalogue, whatever serve() does meanwhile.
    RuleSetCatalogue catalogue = this.catalogue;
    String council = request.councilRef() != null ? request.councilRef() : defaultCouncil;
    Calculation calculation = prepare(catalogue, request, council, overrides);
    // DESIGN.md §4: eligibility, then the RAS on the footing it decides, the adjustments of the RAS
    // budget, and the contribution towards the cost of care with the net council amount.
    Optional<EligibilityResult> decided = calculation.run(eligibility, () -> request);
    String basis =
        decided.map(EligibilityResult::rasBasis).orElse(RasResult.ELIGIBILITY_NOT_ASSESSED);
    // Not eligible and not asked for: no RAS figure; the eligibility rules say why (rasNote).
    Optional<RasResult> budget =
        RasBasis.NO_FIGURE.equals(basis)
            ? Optional.empty()
            : calculation.run(ras, () -> new RasArea.Input(request, basis));
    Optional<AdjustmentResult> adjusted =
        budget.map(b -> adjust(calculation, catalogue, request, b));
    // The RAS budget, adjusted, is the cost of care when the request gives no plan cost.
    Optional<ContributionResult> contribution =
        calculation.run(
            contributions,
            () ->
                new ContributionArea.Input(
                    request,
                    CostOfCare.of(request, adjusted.orElse(null)),
                    CouncilOverlays.choose(catalogue, request, council)));
    return new CalculationResult(
        request.personRef(),
        request.assessmentDate(),
        VERSION,
        calculation.used(),
        decided.orElse(null),
        budget.orElse(null),
        calculation.trace(),
        calculation.parameters(),
        contribution.orElse(null),
        adjusted.orElse(null));
  }

  /**
   * Reviews one direct-payment account's period (docs/adr/0029): the direct-payments version in
   * force on the period's last day (or the pinned one) with the council's overlay, if any. Not part
   * of {@link #calculate}: an account is reviewed on its own, and uses no other area.
   *
   * @throws InvalidRequestException naming every bad field (and an unknown council)
   * @throws org.openras.engine.catalogue.RuleSetSelectionException when no version covers the day
   * @throws org.openras.engine.params.MissingParameterException when a needed figure is absent
   */
  public AccountReview reviewAccount(DirectPaymentRequest request) {
    RuleSetCatalogue catalogue = this.catalogue;
    List<FieldError> errors = new ArrayList<>();
    DirectPaymentChecks.check(request, errors);
    String council = request.councilRef() != null ? request.councilRef() : defaultCouncil;
    if (request.councilRef() != null
        && catalogue.versions(DirectPaymentArea.overlayArea(request.councilRef())).isEmpty()) {
      errors.add(
          new FieldError(
              "councilRef",
              "no direct-payment choices of this council; councils: "
                  + catalogue.areas().stream()
                      .filter(DirectPaymentArea::isOverlay)
                      .map(a -> a.substring(DirectPaymentArea.OVERLAY_PREFIX.length()))
                      .toList()));
    }
    refuseIfAny(errors);
    CompiledRuleSet compiled =
        cache.get(
            catalogue.select(
                DirectPaymentArea.AREA,
                request.periodEnd(),
                request.pinned(DirectPaymentArea.AREA)));
    DirectPaymentArea.Input input = DirectPaymentArea.input(catalogue, request, council);
    var outcome = runner.run(directPayments, compiled, input, new AtomicInteger(), Overrides.NONE);
    DirectPaymentResult result = outcome.result();
    return new AccountReview(
        request.accountRef(),
        request.periodStart(),
        request.periodEnd(),
        VERSION,
        outcome.versions().stream().map(RuleSetUsed::of).toList(),
        result,
        outcome.reasons(),
        outcome.parameters());
  }

  /**
   * Checks the request, then selects, compiles and checks every area's version before anything
   * runs, so a request is refused whole (all bad fields named) or calculated whole.
   */
  private Calculation prepare(
      RuleSetCatalogue catalogue, CalculationRequest request, String council, Overrides overrides) {
    List<FieldError> errors = new ArrayList<>();
    RequestChecks.check(request, errors);
    for (String area : request.ruleSetVersions().keySet()) {
      if (catalogue.versions(area).isEmpty()) {
        errors.add(
            new FieldError("ruleSetVersions." + area, "unknown area; areas: " + catalogue.areas()));
      }
    }
    refuseIfAny(errors);
    Calculation calculation = Calculation.select(runner, catalogue, request, areas, errors);
    if (calculation.selected(contributions)
        && council != null
        && catalogue.versions(CouncilOverlays.area(council)).isEmpty()) {
      errors.add(new FieldError("councilRef", "unknown council; councils: " + councils(catalogue)));
    }
    refuseIfAny(errors);
    return calculation.withOverrides(
        overrides.forPerson(request.person(), request.assessmentDate()));
  }

  /** The adjustments in force run on the RAS budget; none in force, the result says so. */
  private AdjustmentResult adjust(
      Calculation calculation,
      RuleSetCatalogue catalogue,
      CalculationRequest request,
      RasResult budget) {
    return calculation
        .run(adjustments, () -> new AdjustmentArea.Input(request, budget))
        .orElseGet(
            () -> AdjustmentArea.none(request, budget, catalogue.periods(AdjustmentArea.AREA)));
  }

  private static void refuseIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
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
