package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/** Monthly histories drawn from a known trend plus seeded normal noise. */
final class Histories {
  static final YearMonth FIRST = YearMonth.of(2022, 4);

  private Histories() {}

  /**
   * {@code months} months from April 2022 of round(trend(t) + N(0, sd²)) people, £250 a week each.
   */
  static List<HistoryPoint> drawn(
      PrimarySupportReason group, int months, IntToDoubleFunction trend, double sd, long seed) {
    Random r = new Random(seed);
    List<HistoryPoint> out = new ArrayList<>();
    for (int t = 0; t < months; t++) {
      int people = (int) Math.max(0, Math.round(trend.applyAsDouble(t) + sd * r.nextGaussian()));
      out.add(point(group, FIRST.plusMonths(t), people));
    }
    return out;
  }

  static HistoryPoint point(PrimarySupportReason group, YearMonth month, int people) {
    Money weekly = Money.of(new BigDecimal("250.00").multiply(BigDecimal.valueOf(people)));
    return new HistoryPoint(month, group, people, weekly, CostBasis.WEEKLY);
  }

  static ForecastSpec spec(int firstYear, int years) {
    return new ForecastSpec(firstYear, years, 0.95, null, null);
  }
}
