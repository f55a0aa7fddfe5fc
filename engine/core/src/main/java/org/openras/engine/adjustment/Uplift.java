package org.openras.engine.adjustment;

import org.openras.engine.money.Money;

/**
 * Fact: one weekly uplift, for the person's primary support reason ({@code domain} null) or for one
 * domain's points. A zero uplift records that none applies.
 */
public final class Uplift {
  private final String domain;
  private final Money amount;

  public Uplift(String domain, Money amount) {
    this.domain = domain;
    this.amount = amount;
  }

  public String getDomain() {
    return domain;
  }

  public Money getAmount() {
    return amount;
  }
}
