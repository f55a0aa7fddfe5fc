package org.openras.engine.adjustment;

import java.math.BigDecimal;
import java.util.Map;
import org.openras.engine.money.Money;

/**
 * The in-year adjustment of the indicative budget, or a note that none is in force.
 *
 * @param inForce false when no adjustments version covers the assessment date: no adjustment
 * @param weeklyBudgetBefore the RAS indicative weekly budget
 * @param primarySupportReasonUplift the weekly uplift for the person's client group (zero if none)
 * @param domainUplifts the weekly uplift for each domain that has one
 * @param affordabilityFactor the factor the uplifted budget was multiplied by
 * @param previousWeeklyBudget the budget before reassessment, when the request gave it
 * @param maximumFall the largest share by which transitional protection lets a budget fall
 * @param protectionApplied true when the budget was raised to the protected minimum
 * @param weeklyBudget the adjusted indicative weekly budget (the RAS budget when none in force)
 */
public record AdjustmentResult(
    boolean inForce,
    String note,
    Money weeklyBudgetBefore,
    Money primarySupportReasonUplift,
    Map<String, Money> domainUplifts,
    Money upliftedWeeklyBudget,
    BigDecimal affordabilityFactor,
    Money affordableWeeklyBudget,
    Money previousWeeklyBudget,
    BigDecimal maximumFall,
    boolean protectionApplied,
    Money weeklyBudget,
    Money annualBudget) {

  static AdjustmentResult none(String note, Money weekly, Money annual, Money previous) {
    return new AdjustmentResult(
        false, note, weekly, null, Map.of(), null, null, null, previous, null, false, weekly,
        annual);
  }
}
