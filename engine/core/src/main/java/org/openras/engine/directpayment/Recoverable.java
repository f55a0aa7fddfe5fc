package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/** The amount the council recovers from the account (or the estate). */
public final class Recoverable extends DirectPaymentAmount {
  public Recoverable(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "recoverable";
  }
}
