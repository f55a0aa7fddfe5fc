package org.openras.engine.measures;

import java.math.BigDecimal;

/**
 * A milestone compared with the measure's figures.
 *
 * @param milestone the target
 * @param status met, missed, on track, behind, or no figures to judge by
 * @param period the period whose figure was compared; absent when none
 * @param value that figure's percentage; absent when none
 * @param expected what the figure should be by then: the target itself for a milestone whose day
 *     has come, or the straight path from the first figure to the target for one still to come
 * @param gap value − expected, in percentage points (one decimal place); negative when short
 * @param words the judgement in a sentence
 */
public record MilestoneCheck(
    Milestone milestone,
    Status status,
    ReportingPeriod period,
    BigDecimal value,
    BigDecimal expected,
    BigDecimal gap,
    String words) {

  public enum Status {
    MET("Met"),
    MISSED("Missed"),
    ON_TRACK("On track"),
    BEHIND("Behind"),
    NO_FIGURES("No figures");

    private final String words;

    Status(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }
}
