package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** The MIG after the council's percentage uplift, or as it stood where it sets none (stage mig). */
public final class MigAfterPercentageUplift extends StageAmount {
  public MigAfterPercentageUplift(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "mig.afterPercent";
  }
}
