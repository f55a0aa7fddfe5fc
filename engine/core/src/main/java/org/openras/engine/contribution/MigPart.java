package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** One part of the statutory Minimum Income Guarantee: the personal amount or a premium. */
public final class MigPart {
  private final String part;
  private final Money amount;

  public MigPart(String part, Money amount) {
    this.part = part;
    this.amount = amount;
  }

  public String getPart() {
    return part;
  }

  public Money getAmount() {
    return amount;
  }
}
