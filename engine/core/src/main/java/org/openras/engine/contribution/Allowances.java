package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * The allowances: the MIG plus net housing costs plus disability-related expenditure (stage
 * allowances).
 */
public final class Allowances extends StageAmount {
  public Allowances(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "allowances";
  }
}
