package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** The council's share of disposable income, part pennies rounded down (stage contribution). */
public final class ChargeableIncome extends StageAmount {
  public ChargeableIncome(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "chargeableIncome";
  }
}
