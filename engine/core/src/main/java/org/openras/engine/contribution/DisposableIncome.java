package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** Assessable income less the allowances, never below zero (stage contribution). */
public final class DisposableIncome extends StageAmount {
  public DisposableIncome(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "disposableIncome";
  }
}
