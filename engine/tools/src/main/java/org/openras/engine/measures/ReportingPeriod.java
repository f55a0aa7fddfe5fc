package org.openras.engine.measures;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A period a measure is counted over: a month, a quarter of the financial year (April to June, July
 * to September, October to December, January to March) or a financial year.
 *
 * @param start its first day
 * @param end its last day
 * @param label in words: "March 2012", "Q4 2011/12 (January to March 2012)", "2011/12"
 */
public record ReportingPeriod(LocalDate start, LocalDate end, String label) {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /** The length of the periods of a series. */
  public enum Length {
    MONTH,
    QUARTER,
    YEAR
  }

  public ReportingPeriod {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("a period cannot end before it starts");
    }
  }

  /**
   * The periods of {@code length} that end on or after {@code from} and start on or before {@code
   * to}, in order.
   */
  public static List<ReportingPeriod> between(LocalDate from, LocalDate to, Length length) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("'to' is before 'from'");
    }
    List<ReportingPeriod> out = new ArrayList<>();
    ReportingPeriod p = containing(from, length);
    while (!p.start().isAfter(to)) {
      out.add(p);
      p = containing(p.end().plusDays(1), length);
    }
    return out;
  }

  /** The period of {@code length} that holds {@code day}. */
  public static ReportingPeriod containing(LocalDate day, Length length) {
    switch (length) {
      case MONTH -> {
        LocalDate start = day.withDayOfMonth(1);
        return new ReportingPeriod(start, start.plusMonths(1).minusDays(1), MONTH.format(start));
      }
      case QUARTER -> {
        int fromApril = Math.floorMod(day.getMonthValue() - 4, 12);
        LocalDate start = day.withDayOfMonth(1).minusMonths(fromApril % 3);
        LocalDate end = start.plusMonths(3).minusDays(1);
        int quarter = fromApril / 3 + 1;
        return new ReportingPeriod(
            start,
            end,
            "Q"
                + quarter
                + " "
                + financialYear(start)
                + " ("
                + start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                + " to "
                + MONTH.format(end)
                + ")");
      }
      default -> {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        LocalDate start = LocalDate.of(startYear, 4, 1);
        return new ReportingPeriod(start, start.plusYears(1).minusDays(1), financialYear(start));
      }
    }
  }

  private static String financialYear(LocalDate day) {
    int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
  }
}
