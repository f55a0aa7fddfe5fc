package org.openras.engine.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A council's financial year, 1 April to 31 March: the year over which a scenario apportions weekly
 * amounts by days, so an in-year change counts only from its effective date. {@code
 * FinancialYear.of(2025)} is 2025-04-01 to 2026-03-31 (365 days; 366 when it holds a 29 February).
 *
 * @param from the first day
 * @param to the last day (inclusive)
 */
public record FinancialYear(LocalDate from, LocalDate to) {

  public FinancialYear {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "A year's last day " + to + " is before its first " + from);
    }
  }

  /** The financial year starting on 1 April of {@code startYear}. */
  public static FinancialYear of(int startYear) {
    return new FinancialYear(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
  }

  /** Days in the year, both ends counted. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  @Override
  public String toString() {
    return from + " to " + to;
  }
}
