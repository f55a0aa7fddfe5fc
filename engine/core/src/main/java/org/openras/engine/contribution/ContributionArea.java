package org.openras.engine.contribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.explain.Reason;
import org.openras.engine.money.Money;
import org.openras.engine.params.Overrides;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.Finances;
import org.openras.engine.request.HousingCosts;

/**
 * The contributions area: checks a request's finances, runs the financial assessment of the version
 * in force with the council overlay (if any), and reads the figures back from the facts the rules
 * inserted.
 */
public final class ContributionArea {
  public static final String AREA = "contributions";

  private final CouncilOverlays overlays = new CouncilOverlays();

  /** Adds an error for every amount, income type or personal detail the assessment cannot take. */
  public void validate(
      CalculationRequest request, CompiledRuleSet compiled, List<FieldError> errors) {
    var treatment = compiled.parameters().definitions().get("incomeTreatment");
    var dated = treatment == null ? null : treatment.values().floorEntry(request.assessmentDate());
    Set<String> types = dated == null ? Set.of() : ContributionChecks.incomeTypes(dated.getValue());
    ContributionChecks.check(request, types, errors);
  }

  /** The local options of an overlay, read and checked once. */
  public ParameterSet overlayOptions(RuleSetVersion overlay) {
    return overlays.options(overlay);
  }

  /** The figures, the reasons the rules gave and the parameters they read. */
  public record Outcome(
      ContributionResult result, List<Reason> reasons, List<ParameterRead> parameters) {}

  /**
   * Runs the assessment.
   *
   * @param overlay the council overlay in force, or null for national figures only
   * @param localOptions what the result says about local options
   */
  public Outcome run(
      CompiledRuleSet compiled,
      RuleSetVersion overlay,
      String localOptions,
      CalculationRequest request,
      CostOfCare cost,
      AtomicInteger sequence,
      Overrides overrides) {
    ContributionContext ctx =
        new ContributionContext(
            request.assessmentDate(),
            compiled.version(),
            compiled.parameters(),
            overlay == null ? null : overlays.options(overlay),
            sequence);
    ctx.useOverrides(overrides);
    KieSession session = compiled.newSession();
    List<Object> facts;
    try {
      session.setGlobal("ctx", ctx);
      session.insert(assessment(request));
      session.insert(cost);
      insertTypedRuleFacts(session, ctx);
      request
          .finances()
          .weeklyIncome()
          .forEach(
              (type, amount) ->
                  session.insert(new IncomeItem(type, amount, ctx.text("incomeTreatment", type))));
      compiled.fire(session);
      facts = new ArrayList<>(session.getObjects());
    } finally {
      session.dispose();
    }
    return new Outcome(
        ContributionReader.read(compiled.version(), overlay, localOptions, cost, facts),
        ctx.reasons(),
        ctx.parametersRead());
  }

  /**
   * The council's options and the charging year as facts, for the typed rules (docs/adr/0012);
   * rules of earlier versions match neither.
   */
  private static void insertTypedRuleFacts(KieSession session, ContributionContext ctx) {
    session.insert(new Council(ctx));
    session.insert(new ChargingYear(ctx));
  }

  private static FinancialAssessment assessment(CalculationRequest r) {
    Finances f = r.finances();
    HousingCosts h = f.housingCosts();
    var household = r.person().household();
    return new FinancialAssessment(
        r.person().dateOfBirth(),
        household.type().name(),
        household.partnerDateOfBirth(),
        household.dependentChildren(),
        f.capital(),
        f.otherProperty(),
        f.mainHome(),
        f.nightCareProvided(),
        sum(h.costs()),
        sum(h.help()),
        sum(f.disabilityRelatedExpenditure()),
        f.disabilityRelatedExpenditure().size());
  }

  private static Money sum(Map<String, Money> amounts) {
    return amounts.values().stream().reduce(Money.ZERO, Money::plus);
  }

  /** Reads the figures back; a missing figure is a fault of the rule set, never a silent zero. */
  static final class ContributionReader {
    private ContributionReader() {}

    static ContributionResult read(
        RuleSetVersion version,
        RuleSetVersion overlay,
        String localOptions,
        CostOfCare cost,
        List<Object> facts) {
      Map<String, Money> figures = new HashMap<>();
      String category = null;
      for (Object fact : facts) {
        Object f = asFigure(fact);
        if (f instanceof Figure fig && figures.put(fig.getName(), fig.getAmount()) != null) {
          throw incomplete(version, "more than one rule produced the figure " + fig.getName());
        } else if (f instanceof MigCategory c) {
          category = c.getPersonalAmountKey();
        }
      }
      Money contribution = required(version, figures, "contribution");
      Money maximum = required(version, figures, "maximumCharge");
      return new ContributionResult(
          contribution,
          cost.getAmount(),
          cost.getSource(),
          required(version, figures, "netCouncilAmount"),
          overlay == null
              ? null
              : new ContributionResult.CouncilOverlay(
                  overlay.area().substring(CouncilOverlays.AREA_PREFIX.length()),
                  overlay.area(),
                  overlay.version(),
                  overlay.hash()),
          localOptions,
          figures.containsKey("fullCost"),
          required(version, figures, "countedCapital"),
          figures.get("tariffIncome"),
          figures.get("incomeCounted"),
          figures.get("incomeDisregarded"),
          figures.get("assessableIncome"),
          category,
          figures.get("mig.statutory"),
          figures.get("mig"),
          figures.get("housingCosts"),
          figures.get("disabilityRelatedExpenditure"),
          figures.get("allowances"),
          figures.get("disposableIncome"),
          figures.get("chargeableIncome"),
          maximum,
          maximum.isGreaterThan(cost.getAmount()));
    }

    /** A typed stage amount as the named figure it is; any other fact as it is. */
    private static Object asFigure(Object fact) {
      return fact instanceof StageAmount amount ? amount.asFigure() : fact;
    }

    private static Money required(RuleSetVersion version, Map<String, Money> figures, String name) {
      Money m = figures.get(name);
      if (m == null) {
        throw incomplete(version, "no rule produced the figure " + name);
      }
      return m;
    }

    private static InvalidRuleSetException incomplete(RuleSetVersion version, String problem) {
      return new InvalidRuleSetException(
          version.source().location(), problem + "; check the rules' conditions cover every case");
    }
  }
}
