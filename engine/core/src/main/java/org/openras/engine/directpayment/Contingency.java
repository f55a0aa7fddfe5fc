package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/** The amount the person keeps in the account for needs to come. */
public final class Contingency extends DirectPaymentAmount {
  public Contingency(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "contingency";
  }
}
