package org.openras.engine.scenario;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;

/**
 * The one place a scenario touches the request and result shapes, so adding an area changes one
 * line here. The cost behind the net amount is each side's indicative budget after any in-year
 * adjustment (DESIGN.md §2 "Which cost", §4); without finances the contribution is zero.
 */
public final class CostAdapter {
  private CostAdapter() {}

  /**
   * The request as a side calculates it: on the side's date, with its pins over the request's.
   * Every other field passes through unchanged (when the request gains fields, pass them here).
   */
  public static CalculationRequest forSide(CalculationRequest r, ScenarioSide side) {
    LocalDate date = side.date() == null ? r.assessmentDate() : side.date();
    Map<String, String> pins = new LinkedHashMap<>(r.ruleSetVersions());
    pins.putAll(side.pins());
    // The cost behind a scenario's net amount is each side's indicative budget (DESIGN.md §4), so
    // an agreed plan's cost is not passed on; every other input is.
    return new CalculationRequest(
        r.personRef(),
        date,
        r.person(),
        r.needs(),
        r.informalSupport(),
        pins,
        r.councilRef(),
        r.finances(),
        null,
        r.eligibility(),
        r.previousWeeklyBudget());
  }

  /**
   * Budget (after any in-year adjustment), contribution (zero when the caseload has no finances),
   * net council cost and annual net, in pence.
   */
  public static SideFigures figures(CalculationResult result) {
    Money budget =
        result.adjustments() != null
            ? result.adjustments().weeklyBudget()
            : result.ras().weeklyBudget();
    Money contribution =
        result.contribution() != null ? result.contribution().weeklyContribution() : Money.ZERO;
    Money net =
        result.contribution() != null
            ? result.contribution().netCouncilAmount()
            : Money.max(Money.ZERO, budget.minus(Money.min(contribution, budget)));
    Money annualNet = net.times(result.ras().weeksPerYear(), RoundingMode.HALF_UP);
    return new SideFigures(pence(budget), pence(contribution), pence(net), pence(annualNet));
  }

  public static long pence(Money m) {
    return m.amount().movePointRight(2).longValueExact();
  }
}
