package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** The capital limits that apply: national, or the council's higher local ones. */
public final class CapitalLimits {
  private final Money lower;
  private final Money upper;
  private final boolean local;

  public CapitalLimits(Money lower, Money upper, boolean local) {
    this.lower = lower;
    this.upper = upper;
    this.local = local;
  }

  public Money getLower() {
    return lower;
  }

  public Money getUpper() {
    return upper;
  }

  public boolean isLocal() {
    return local;
  }
}
