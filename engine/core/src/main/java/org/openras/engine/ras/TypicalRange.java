package org.openras.engine.ras;

import org.openras.engine.money.Money;

/**
 * Fact and result: the weekly range people with similar needs typically received, from the 80%
 * prediction interval of the calibration a version was fitted by (docs/calibration.md). Only
 * versions that carry an interval give one.
 */
public record TypicalRange(Money lower, Money upper) {
  /** For a person: "people with similar needs typically received between £X and £Y a week". */
  public String sentence() {
    return "People with similar needs typically received between £"
        + lower
        + " and £"
        + upper
        + " a week.";
  }
}
