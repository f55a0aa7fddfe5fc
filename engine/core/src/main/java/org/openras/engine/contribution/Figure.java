package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * One weekly amount a stage of the assessment produced, by name ({@code countedCapital}, {@code
 * tariffIncome}, {@code mig}, {@code contribution} ...). Stages that refine an amount (the MIG
 * through the council's options; the charge through the share and the minimum) produce one figure
 * per step, each with its own name.
 */
public final class Figure {
  private final String name;
  private final Money amount;

  public Figure(String name, Money amount) {
    this.name = name;
    this.amount = amount;
  }

  public String getName() {
    return name;
  }

  public Money getAmount() {
    return amount;
  }

  @Override
  public String toString() {
    return name + "=" + amount;
  }
}
