package org.openras.engine.ras;

import org.openras.engine.money.Money;

/** Fact: the weekly indicative budget, after the floor (null floor when no points were scored). */
public final class IndicativeBudget {
  private final Money weekly;
  private final Money floor;
  private final boolean floorApplied;

  public IndicativeBudget(Money weekly, Money floor, boolean floorApplied) {
    this.weekly = weekly;
    this.floor = floor;
    this.floorApplied = floorApplied;
  }

  public Money getWeekly() {
    return weekly;
  }

  public Money getFloor() {
    return floor;
  }

  public boolean isFloorApplied() {
    return floorApplied;
  }
}
