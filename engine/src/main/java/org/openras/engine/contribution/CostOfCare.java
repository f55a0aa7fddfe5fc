package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * The weekly cost of meeting the needs (DESIGN.md §2 "which cost"): the agreed plan's cost when the
 * request gives it, otherwise the RAS indicative budget of the same calculation.
 */
public final class CostOfCare {
  public static final String PLAN = "weeklyCostOfCare";
  public static final String INDICATIVE_BUDGET = "ras.weeklyBudget";
  public static final String ADJUSTED_BUDGET = "adjustments.weeklyBudget";

  private final Money amount;
  private final String source;

  public CostOfCare(Money amount, String source) {
    this.amount = amount;
    this.source = source;
  }

  public Money getAmount() {
    return amount;
  }

  /**
   * Where the figure came from: {@link #PLAN}, {@link #INDICATIVE_BUDGET}, or {@link
   * #ADJUSTED_BUDGET} when an in-year adjustment was in force.
   */
  public String getSource() {
    return source;
  }
}
