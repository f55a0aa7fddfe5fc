package org.openras.engine.scenario;

import org.openras.engine.money.Money;

/**
 * What to compare and how to report it.
 *
 * @param lossThreshold a weekly loss (in net council funding for a person) above which the person
 *     is listed among those losing more than the threshold
 * @param listLimit how many such people, and how many problem rows, the report lists by name (all
 *     are counted; the per-person CSV has every one)
 */
public record ScenarioSpec(
    String title,
    ScenarioSide baseline,
    ScenarioSide candidate,
    Money lossThreshold,
    int listLimit) {

  public static final int DEFAULT_LIST_LIMIT = 100;

  public ScenarioSpec {
    lossThreshold = lossThreshold == null ? Money.parse("10.00") : lossThreshold;
    listLimit = listLimit <= 0 ? DEFAULT_LIST_LIMIT : listLimit;
  }
}
