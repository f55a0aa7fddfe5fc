package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/** The closing balance less the commitments met from it, never below zero. */
public final class AvailableBalance extends DirectPaymentAmount {
  public AvailableBalance(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "availableBalance";
  }
}
