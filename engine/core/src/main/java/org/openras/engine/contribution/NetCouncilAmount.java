package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * What the council pays: the cost of care less the contribution, never below zero (stage
 * contribution).
 */
public final class NetCouncilAmount extends StageAmount {
  public NetCouncilAmount(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "netCouncilAmount";
  }
}
