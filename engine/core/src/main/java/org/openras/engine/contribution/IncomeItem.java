package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/** One weekly income the person receives, by type, with the treatment the rule set gives it. */
public final class IncomeItem {
  private final String type;
  private final Money amount;
  private final String treatment;

  public IncomeItem(String type, Money amount, String treatment) {
    this.type = type;
    this.amount = amount;
    this.treatment = treatment;
  }

  public String getType() {
    return type;
  }

  public Money getAmount() {
    return amount;
  }

  /** The treatment the parameters give the type: counted, earnings, mobility, ... */
  public String getTreatment() {
    return treatment;
  }

  /** The treatment as a type, for the typed rules: {@code IncomeItem(treatedAs == ...)}. */
  public IncomeTreatment getTreatedAs() {
    return IncomeTreatment.of(type, treatment);
  }
}
