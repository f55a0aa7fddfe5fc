package org.openras.engine.adjustment;

import org.openras.engine.money.Money;

/** Fact: the annual amount of the adjusted weekly budget. */
public final class AdjustedAnnual {
  private final Money annual;

  public AdjustedAnnual(Money annual) {
    this.annual = annual;
  }

  public Money getAnnual() {
    return annual;
  }
}
