package org.openras.engine.ras;

import java.math.BigDecimal;
import org.openras.engine.money.Money;

/** Fact: the annual indicative budget, the weekly one times the weeks in a year. */
public final class AnnualBudget {
  private final Money annual;
  private final BigDecimal weeksPerYear;

  public AnnualBudget(Money annual, BigDecimal weeksPerYear) {
    this.annual = annual;
    this.weeksPerYear = weeksPerYear;
  }

  public Money getAnnual() {
    return annual;
  }

  public BigDecimal getWeeksPerYear() {
    return weeksPerYear;
  }
}
