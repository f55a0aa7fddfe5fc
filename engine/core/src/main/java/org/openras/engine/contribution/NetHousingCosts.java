package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * Housing costs net of housing benefit and council tax reduction, never below zero (stage
 * allowances).
 */
public final class NetHousingCosts extends StageAmount {
  public NetHousingCosts(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "housingCosts";
  }
}
