package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/** The person's contribution due into the account in the period and not paid in. */
public final class ContributionShortfall extends DirectPaymentAmount {
  public ContributionShortfall(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "contributionShortfall";
  }
}
