package org.openras.engine.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * One young person's arrival in adult services, costed by the engine.
 *
 * @param personRef their pseudonymous reference
 * @param group the client group
 * @param arrival the day they turn 18
 * @param weeklyBudget the indicative weekly budget on the arrival day (after any in-year
 *     adjustment)
 * @param weeklyContribution their weekly contribution on the arrival day (zero without finances)
 * @param weeklyNet the weekly net council cost on the arrival day
 * @param versions the rule-set version of each area used on the arrival day, as area → version
 * @param annualNet the net council cost in each forecast financial year (its first calendar year →
 *     pounds), from the arrival day, costed period by period on the rules in force in each period
 *     and apportioned by days (Σ weekly net × days ÷ 7, to the penny, half up, once per year)
 */
public record Transition(
    String personRef,
    PrimarySupportReason group,
    LocalDate arrival,
    Money weeklyBudget,
    Money weeklyContribution,
    Money weeklyNet,
    Map<String, String> versions,
    Map<Integer, Money> annualNet) {

  /** Result for a young person the engine found no budget for (not eligible on their needs). */
  public record NotCosted(String personRef, LocalDate arrival, String reason) {}

  /** The costed arrivals and those that could not be costed, never dropped silently. */
  public record Cohort(List<Transition> costed, List<NotCosted> notCosted) {}
}
