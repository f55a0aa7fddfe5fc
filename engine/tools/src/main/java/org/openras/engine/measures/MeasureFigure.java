package org.openras.engine.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One measure for one period: the numerator over the denominator, as a percentage rounded to one
 * decimal place, half up (ASCOF publishes one decimal place); the same by client group; the people
 * excluded, counted by reason; and every person, so a count can be explained person by person.
 *
 * @param measure the measure's stable id
 * @param code its source's name for it
 * @param title in words
 * @param version the definitions' location ({@code measures/2024-04-01})
 * @param source the citation of the definition
 * @param period the period counted
 * @param numerator people in the numerator
 * @param denominator people in the denominator
 * @param percent numerator / denominator × 100, one decimal place, half up; absent when the
 *     denominator is 0
 * @param byGroup the same by client group (the primary support reason's title; "Not recorded" when
 *     a line has none)
 * @param excluded people not in the denominator, by reason
 * @param people every person the measure looked at, in reference order
 */
public record MeasureFigure(
    String measure,
    String code,
    String title,
    String version,
    String source,
    ReportingPeriod period,
    long numerator,
    long denominator,
    BigDecimal percent,
    Map<String, GroupCount> byGroup,
    Map<Exclusion, Long> excluded,
    List<PersonCount> people) {

  /** A client group's numerator, denominator and percentage. */
  public record GroupCount(long numerator, long denominator, BigDecimal percent) {}
}
