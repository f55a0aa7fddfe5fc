package org.openras.engine.adjustment;

import org.openras.engine.money.Money;

/**
 * Fact: the weekly budget at one stage of the adjustment: {@code UPLIFTED} (RAS budget plus
 * uplifts), {@code AFFORDABLE} (times the affordability factor), {@code FINAL} (after transitional
 * protection).
 */
public final class AdjustedBudget {
  public static final String UPLIFTED = "UPLIFTED";
  public static final String AFFORDABLE = "AFFORDABLE";
  public static final String FINAL = "FINAL";

  private final String stage;
  private final Money weekly;
  private final boolean protectionApplied;

  public AdjustedBudget(String stage, Money weekly, boolean protectionApplied) {
    this.stage = stage;
    this.weekly = weekly;
    this.protectionApplied = protectionApplied;
  }

  public String getStage() {
    return stage;
  }

  public Money getWeekly() {
    return weekly;
  }

  public boolean isProtectionApplied() {
    return protectionApplied;
  }
}
