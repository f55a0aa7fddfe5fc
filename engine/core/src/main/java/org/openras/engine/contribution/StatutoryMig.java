package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * The statutory Minimum Income Guarantee: the personal amount plus the premiums that apply (stage
 * mig).
 */
public final class StatutoryMig extends StageAmount {
  public StatutoryMig(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "mig.statutory";
  }
}
