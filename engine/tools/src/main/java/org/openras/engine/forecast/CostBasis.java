package org.openras.engine.forecast;

/** Whether a history line's cost is for one week or one calendar month of the month it names. */
public enum CostBasis {
  WEEKLY,
  MONTHLY;

  /**
   * How many of this basis make a year of 52 weeks: 52 weeks or 12 months. A monthly cost is a
   * weekly one of monthly × 12 ÷ 52.
   */
  int perYear() {
    return this == WEEKLY ? 52 : 12;
  }
}
