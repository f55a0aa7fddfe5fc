package org.openras.engine.adjustment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.area.RuleArea;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.catalogue.Period;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;

/**
 * The adjustments area ({@link RuleArea}): runs the adjustments version in force over the RAS
 * figures, and reads the adjusted budget back ({@link AdjustmentReader}).
 */
public final class AdjustmentArea
    implements RuleArea<AdjustmentArea.Input, AdjustmentContext, AdjustmentResult> {
  public static final String AREA = "adjustments";

  /** What one run of the adjustments starts from: the request and the RAS figures it adjusts. */
  public record Input(CalculationRequest request, RasResult ras) {}

  @Override
  public String area() {
    return AREA;
  }

  /** Adjustments follow the RAS: asked for whenever the request gives needs. */
  @Override
  public boolean asked(CalculationRequest request) {
    return request.needs() != null;
  }

  /** Adjustments run whenever a version covers the date; none in force is no adjustment. */
  @Override
  public boolean optional() {
    return true;
  }

  /** Nothing to check: the adjustments read only the RAS figures and the previous budget. */
  @Override
  public void validate(
      CalculationRequest request, CompiledRuleSet compiled, List<FieldError> errors) {}

  /** No version in force: no adjustment, and the result says why. */
  public static AdjustmentResult none(
      CalculationRequest request, RasResult ras, List<Period> periods) {
    String note =
        "No adjustment is in force on "
            + request.assessmentDate()
            + " (adjustment periods: "
            + (periods.isEmpty() ? "none" : periods.toString())
            + "), so the RAS budget stands unadjusted"
            + (request.previousWeeklyBudget() == null
                ? ""
                : " and no transitional protection applies");
    return AdjustmentResult.none(
        note, ras.weeklyBudget(), ras.annualBudget(), request.previousWeeklyBudget());
  }

  @Override
  public AdjustmentContext context(CompiledRuleSet compiled, Input input, AtomicInteger sequence) {
    return new AdjustmentContext(
        input.request().assessmentDate(), compiled.version(), compiled.parameters(), sequence);
  }

  /** The budget to adjust, then each domain's points after deflation. */
  @Override
  public List<Object> facts(CompiledRuleSet compiled, Input input, AdjustmentContext ctx) {
    RasResult ras = input.ras();
    List<Object> facts = new ArrayList<>();
    facts.add(
        new BudgetToAdjust(
            ras.primarySupportReason(),
            ras.weeklyBudget(),
            ras.pricePerPoint(),
            ras.weeksPerYear(),
            input.request().previousWeeklyBudget()));
    for (RasResult.DomainResult d : ras.domains()) {
      facts.add(new DomainToAdjust(d.domain(), d.pointsAfterDeflation()));
    }
    return facts;
  }

  /**
   * Reads the adjusted budget back from the facts the rules inserted ({@link AdjustmentReader}).
   */
  @Override
  public AdjustmentResult read(Input input, RuleFacts facts, AdjustmentContext ctx) {
    return AdjustmentReader.read(input.request(), input.ras(), facts, ctx.parametersRead());
  }
}
