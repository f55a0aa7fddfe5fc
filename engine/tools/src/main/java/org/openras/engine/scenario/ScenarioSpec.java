package org.openras.engine.scenario;

import org.openras.engine.money.Money;

/**
 * What to compare and how to report it.
 *
 * @param lossThreshold a weekly loss (in net council funding for a person) above which the person
 *     is listed among those losing more than the threshold
 * @param listLimit how many such people, and how many problem rows, the report lists by name (all
 *     are counted; the per-person CSV has every one)
 * @param year when given, the financial year the scenario costs: a side without a date is
 *     calculated on each period of the year where the rules in force differ and its amounts are
 *     apportioned by days ({@link PartYear}); a side with a date is costed on that date's rules for
 *     the whole year. Null: each side is costed on one date, and annual is weekly × the RAS's weeks
 *     per year.
 */
public record ScenarioSpec(
    String title,
    ScenarioSide baseline,
    ScenarioSide candidate,
    Money lossThreshold,
    int listLimit,
    FinancialYear year) {

  public static final int DEFAULT_LIST_LIMIT = 100;

  public ScenarioSpec {
    lossThreshold = lossThreshold == null ? Money.parse("10.00") : lossThreshold;
    listLimit = listLimit <= 0 ? DEFAULT_LIST_LIMIT : listLimit;
  }

  /** A scenario on dates, not over a financial year. */
  public ScenarioSpec(
      String title,
      ScenarioSide baseline,
      ScenarioSide candidate,
      Money lossThreshold,
      int listLimit) {
    this(title, baseline, candidate, lossThreshold, listLimit, null);
  }
}
