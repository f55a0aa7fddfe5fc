package org.openras.engine.scenario;

/**
 * Winners and losers: the change in a person's weekly net council funding from baseline to
 * candidate, in five bands. A person with nothing under the baseline who gains anything gains "over
 * 5%".
 */
public enum ChangeBand {
  GAIN_OVER_5("Gain over 5%"),
  GAIN_UP_TO_5("Gain up to 5%"),
  NO_CHANGE("No change"),
  LOSE_UP_TO_5("Lose up to 5%"),
  LOSE_OVER_5("Lose over 5%");

  private final String title;

  ChangeBand(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /**
   * The band, by exact integer arithmetic on pence (5% is compared as 100 x change vs 5 x base).
   */
  public static ChangeBand of(long baseline, long candidate) {
    long change = candidate - baseline;
    if (change == 0) {
      return NO_CHANGE;
    }
    boolean over = baseline <= 0 || Math.abs(change) * 100 > baseline * 5;
    if (change > 0) {
      return over ? GAIN_OVER_5 : GAIN_UP_TO_5;
    }
    return over ? LOSE_OVER_5 : LOSE_UP_TO_5;
  }
}
