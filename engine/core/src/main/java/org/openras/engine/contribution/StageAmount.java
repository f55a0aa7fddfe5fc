package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * A weekly amount one stage of the financial assessment produced, as a fact of its own type: the
 * typed rules (contributions 2026-04-06-staged on, docs/adr/0012) match {@code CountedCapital(...)}
 * or {@code not FullCost()} where earlier versions matched {@code Figure(name == "...")}. Each type
 * names the figure of the result it gives, so the result reads the same whichever way a version
 * writes its rules.
 */
public abstract class StageAmount {
  private final Money amount;

  protected StageAmount(Money amount) {
    this.amount = amount;
  }

  public Money getAmount() {
    return amount;
  }

  /** The name of the result's figure this amount is, as earlier versions inserted it. */
  public abstract String figureName();

  /** This amount as the named figure earlier versions inserted. */
  public Figure asFigure() {
    return new Figure(figureName(), amount);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "=" + amount;
  }
}
