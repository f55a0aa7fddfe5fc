package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * Tariff income from capital between the limits, zero at or below the lower limit (stage capital).
 */
public final class TariffIncome extends StageAmount {
  public TariffIncome(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "tariffIncome";
  }
}
