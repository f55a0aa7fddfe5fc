package org.openras.engine.ras;

import org.openras.engine.money.Money;

/** Fact: total points times the price per point, before the floor is applied. */
public final class CalculatedBudget {
  private final int points;
  private final Money pricePerPoint;
  private final Money weekly;

  public CalculatedBudget(int points, Money pricePerPoint, Money weekly) {
    this.points = points;
    this.pricePerPoint = pricePerPoint;
    this.weekly = weekly;
  }

  public int getPoints() {
    return points;
  }

  public Money getPricePerPoint() {
    return pricePerPoint;
  }

  public Money getWeekly() {
    return weekly;
  }
}
