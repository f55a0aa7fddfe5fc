package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/** Unpaid contributions the council collects besides what it recovers from the account. */
public final class ContributionArrears extends DirectPaymentAmount {
  public ContributionArrears(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "contributionArrears";
  }
}
