package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** How one income was treated: the part counted and the part disregarded. */
public final class IncomeLine {
  private final String type;
  private final Money counted;
  private final Money disregarded;

  public IncomeLine(String type, Money counted, Money disregarded) {
    this.type = type;
    this.counted = counted;
    this.disregarded = disregarded;
  }

  public String getType() {
    return type;
  }

  public Money getCounted() {
    return counted;
  }

  public Money getDisregarded() {
    return disregarded;
  }
}
