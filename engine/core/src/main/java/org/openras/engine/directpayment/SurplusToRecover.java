package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/** The surplus the de-minimis amount leaves to recover. */
public final class SurplusToRecover extends DirectPaymentAmount {
  public SurplusToRecover(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "surplusToRecover";
  }
}
