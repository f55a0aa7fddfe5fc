package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * Capital counted in the assessment: savings and property other than the main home (stage capital).
 */
public final class CountedCapital extends StageAmount {
  public CountedCapital(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "countedCapital";
  }
}
