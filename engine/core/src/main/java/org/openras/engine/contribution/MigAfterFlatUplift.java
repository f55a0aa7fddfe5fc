package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** The MIG after the council's flat uplift, or as it stood where it sets none (stage mig). */
public final class MigAfterFlatUplift extends StageAmount {
  public MigAfterFlatUplift(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "mig.afterFlat";
  }
}
