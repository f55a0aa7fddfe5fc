package org.openras.engine.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.area.RuleArea;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.Finances;
import org.openras.engine.request.HousingCosts;

/**
 * The contributions area ({@link RuleArea}): checks a request's finances, runs the financial
 * assessment of the version in force with the council overlay (if any), and reads the figures back
 * from the facts the rules inserted ({@link ContributionReader}).
 */
public final class ContributionArea
    implements RuleArea<ContributionArea.Input, ContributionContext, ContributionResult> {
  public static final String AREA = "contributions";

  private final CouncilOverlays overlays = new CouncilOverlays();

  /**
   * What one run of the assessment starts from: the request, the cost of care the contribution is
   * capped at, and the council overlay in force (if any) with what the result says about it.
   */
  public record Input(
      CalculationRequest request, CostOfCare cost, CouncilOverlays.Choice council) {}

  @Override
  public String area() {
    return AREA;
  }

  /** The financial assessment runs when the request gives finances. */
  @Override
  public boolean asked(CalculationRequest request) {
    return request.finances() != null;
  }

  /** Adds an error for every amount, income type or personal detail the assessment cannot take. */
  @Override
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

  /** The national figures of the version and the local options of the overlay, if any. */
  @Override
  public ContributionContext context(
      CompiledRuleSet compiled, Input input, AtomicInteger sequence) {
    RuleSetVersion overlay = input.council().overlay();
    return new ContributionContext(
        input.request().assessmentDate(),
        compiled.version(),
        compiled.parameters(),
        overlay == null ? null : overlays.options(overlay),
        sequence);
  }

  /** The person's assessment, the cost of care, then each weekly income with its treatment. */
  @Override
  public List<Object> facts(CompiledRuleSet compiled, Input input, ContributionContext ctx) {
    CalculationRequest request = input.request();
    List<Object> facts = new ArrayList<>();
    facts.add(assessment(request));
    facts.add(input.cost());
    facts.addAll(typedRuleFacts(ctx));
    request
        .finances()
        .weeklyIncome()
        .forEach(
            (type, amount) ->
                facts.add(new IncomeItem(type, amount, ctx.text("incomeTreatment", type))));
    return facts;
  }

  /**
   * The council's options and the charging year as facts, for the typed rules (docs/adr/0012);
   * rules of earlier versions match neither.
   */
  private static List<Object> typedRuleFacts(ContributionContext ctx) {
    return List.of(new Council(ctx), new ChargingYear(ctx));
  }

  /** Reads the figures back from the facts the rules inserted ({@link ContributionReader}). */
  @Override
  public ContributionResult read(Input input, RuleFacts facts, ContributionContext ctx) {
    return ContributionReader.read(
        input.council().overlay(), input.council().localOptions(), input.cost(), facts);
  }

  /** The council overlay the assessment read, if any. */
  @Override
  public List<RuleSetVersion> alsoUsed(Input input) {
    RuleSetVersion overlay = input.council().overlay();
    return overlay == null ? List.of() : List.of(overlay);
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
}
