package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** The weekly contribution: the maximum charge capped at the cost of care (stage contribution). */
public final class Contribution extends StageAmount {
  public Contribution(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "contribution";
  }
}
