package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * Disability-related expenditure allowed: itemised, the council's standard allowance, or none
 * (stage allowances).
 */
public final class DisabilityRelatedExpenditure extends StageAmount {
  public DisabilityRelatedExpenditure(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "disabilityRelatedExpenditure";
  }
}
