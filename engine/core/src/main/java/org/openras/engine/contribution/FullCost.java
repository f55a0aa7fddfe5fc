package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * Capital exceeds the upper limit: the person pays the full cost of care; the amount is the counted
 * capital (stage capital).
 */
public final class FullCost extends StageAmount {
  public FullCost(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "fullCost";
  }
}
