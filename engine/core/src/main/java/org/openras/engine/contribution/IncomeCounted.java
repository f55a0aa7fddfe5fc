package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** The weekly income counted, all incomes together (stage assessable-income). */
public final class IncomeCounted extends StageAmount {
  public IncomeCounted(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "incomeCounted";
  }
}
