package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/** The available balance above the contingency. */
public final class Surplus extends DirectPaymentAmount {
  public Surplus(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "surplus";
  }
}
