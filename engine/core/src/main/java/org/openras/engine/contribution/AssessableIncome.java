package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** Income counted plus tariff income (stage assessable-income). */
public final class AssessableIncome extends StageAmount {
  public AssessableIncome(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "assessableIncome";
  }
}
