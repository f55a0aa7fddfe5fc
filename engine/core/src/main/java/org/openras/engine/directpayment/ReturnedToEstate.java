package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/**
 * The share of a deceased holder's recoverable balance that came from their own contributions and
 * is returned to the estate.
 */
public final class ReturnedToEstate extends DirectPaymentAmount {
  public ReturnedToEstate(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "returnedToEstate";
  }
}
