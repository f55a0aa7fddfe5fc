package org.openras.engine.adjustment;

import java.math.BigDecimal;
import org.openras.engine.money.Money;

/** Fact: the RAS figures an adjustment starts from, and the previous budget when one was given. */
public final class BudgetToAdjust {
  private final String primarySupportReason;
  private final Money weekly;
  private final Money pricePerPoint;
  private final BigDecimal weeksPerYear;
  private final Money previousWeekly;

  public BudgetToAdjust(
      String primarySupportReason,
      Money weekly,
      Money pricePerPoint,
      BigDecimal weeksPerYear,
      Money previousWeekly) {
    this.primarySupportReason = primarySupportReason;
    this.weekly = weekly;
    this.pricePerPoint = pricePerPoint;
    this.weeksPerYear = weeksPerYear;
    this.previousWeekly = previousWeekly;
  }

  public String getPrimarySupportReason() {
    return primarySupportReason;
  }

  public Money getWeekly() {
    return weekly;
  }

  public Money getPricePerPoint() {
    return pricePerPoint;
  }

  public BigDecimal getWeeksPerYear() {
    return weeksPerYear;
  }

  public Money getPreviousWeekly() {
    return previousWeekly;
  }

  public boolean isPreviousGiven() {
    return previousWeekly != null;
  }
}
