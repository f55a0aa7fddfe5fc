package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/** The commitments the account meets first, added up. */
public final class CommitmentsTotal extends DirectPaymentAmount {
  public CommitmentsTotal(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "commitmentsMet";
  }
}
