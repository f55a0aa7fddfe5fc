package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/**
 * An amount one stage of the direct-payment rules produced, as a fact of its own type
 * (docs/adr/0012): a misspelt type does not compile. Each names the figure of the result it is.
 */
public abstract class DirectPaymentAmount {
  private final Money amount;

  protected DirectPaymentAmount(Money amount) {
    this.amount = amount;
  }

  public Money getAmount() {
    return amount;
  }

  /** True when the amount is nothing (the rules match {@code Surplus(zero)}). */
  public boolean isZero() {
    return amount.isZero();
  }

  /** The name of the result's figure this amount is. */
  public abstract String figureName();

  @Override
  public String toString() {
    return getClass().getSimpleName() + "=" + amount;
  }
}
