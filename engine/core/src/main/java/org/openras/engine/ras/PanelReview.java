package org.openras.engine.ras;

import org.openras.engine.money.Money;

/**
 * Fact: whether the indicative budget goes to a funding panel, and the ceiling it was tested on.
 */
public final class PanelReview {
  private final boolean required;
  private final Money ceiling;

  public PanelReview(boolean required, Money ceiling) {
    this.required = required;
    this.ceiling = ceiling;
  }

  public boolean isRequired() {
    return required;
  }

  public Money getCeiling() {
    return ceiling;
  }
}
