package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** The weekly income disregarded, all incomes together (stage assessable-income). */
public final class IncomeDisregarded extends StageAmount {
  public IncomeDisregarded(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "incomeDisregarded";
  }
}
