package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * The Minimum Income Guarantee allowed: after the council's uplifts and its own MIG for the
 * category where higher (stage mig).
 */
public final class Mig extends StageAmount {
  public Mig(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "mig";
  }
}
