package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** The most the person can be charged before the cap at the cost of care (stage contribution). */
public final class MaximumCharge extends StageAmount {
  public MaximumCharge(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "maximumCharge";
  }
}
