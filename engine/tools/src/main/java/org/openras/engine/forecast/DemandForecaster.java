package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Forecasts people per client group from a monthly history (ADR 0031).
 *
 * <p>Choice of trend: each trend that can be fitted is backtested (fitted to all but the last
 * twelve months, judged by its MAPE on them, on the original scale of people for both trends) and
 * the one with the lower MAPE is chosen, then refitted to the whole history; on a tie, linear. A
 * history shorter than {@value #MIN_MONTHS_FOR_BACKTEST} months (under twelve months to fit a
 * backtest to) has no backtest: the trend with the lower in-sample root mean square error, again on
 * the original scale, is chosen and the report says there was no backtest.
 */
public final class DemandForecaster {
  /** Months held out by the backtest. */
  public static final int BACKTEST_MONTHS = 12;

  /** Shortest history that is backtested: twelve months to fit, twelve to judge. */
  public static final int MIN_MONTHS_FOR_BACKTEST = 2 * BACKTEST_MONTHS;

  private DemandForecaster() {}

  /** Forecasts every client group that has a history. */
  public static List<GroupForecast> forecast(List<HistoryPoint> history, ForecastSpec spec) {
    Map<PrimarySupportReason, TreeMap<YearMonth, HistoryPoint>> byGroup =
        new EnumMap<>(PrimarySupportReason.class);
    for (HistoryPoint p : history) {
      HistoryPoint before =
          byGroup.computeIfAbsent(p.group(), g -> new TreeMap<>()).put(p.month(), p);
      if (before != null) {
        throw new IllegalArgumentException(
            "The history has " + p.month() + " twice for " + p.group());
      }
    }
    List<GroupForecast> out = new ArrayList<>();
    byGroup.forEach((group, series) -> out.add(forecast(group, series, spec)));
    return List.copyOf(out);
  }

  static GroupForecast forecast(
      PrimarySupportReason group, TreeMap<YearMonth, HistoryPoint> series, ForecastSpec spec) {
    YearMonth first = series.firstKey();
    YearMonth last = series.lastKey();
    int n = series.size();
    if (n < TrendFit.MIN_MONTHS) {
      throw new IllegalArgumentException(
          group + " has " + n + " months of history; a trend needs " + TrendFit.MIN_MONTHS);
    }
    if (!YearMonth.of(spec.firstYear(), 4).isAfter(last)) {
      throw new IllegalArgumentException(
          "The first forecast year "
              + spec.firstYear()
              + " must start after the history's last"
              + " month "
              + last);
    }
    double[] t = new double[n];
    double[] y = new double[n];
    int i = 0;
    for (HistoryPoint p : series.values()) {
      t[i] = index(first, p.month());
      y[i] = p.people();
      i++;
    }
    List<Backtest> backtests = new ArrayList<>();
    TrendModel chosen;
    String choice;
    if (n >= MIN_MONTHS_FOR_BACKTEST) {
      for (TrendModel m : TrendModel.values()) {
        Backtest b = backtest(m, t, y, spec.confidence());
        if (b != null) {
          backtests.add(b);
        }
      }
      Backtest best = null;
      for (Backtest b : backtests) {
        if (b.mape() != null && (best == null || b.mape() < best.mape() - 1e-9)) {
          best = b;
        }
      }
      chosen = best == null ? TrendModel.LINEAR : best.model();
      choice =
          best == null
              ? "linear: no held-out month had people, so the backtest could not compare trends"
              : String.format(
                  java.util.Locale.ROOT,
                  "%s: the lower backtest MAPE (%.2f%%) on the last %d months",
                  name(chosen),
                  best.mape(),
                  BACKTEST_MONTHS);
    } else {
      chosen = TrendModel.LINEAR;
      double bestRmse = rmse(TrendFit.fit(TrendModel.LINEAR, t, y), t, y);
      if (TrendFit.fits(TrendModel.LOG_LINEAR, y)) {
        double logRmse = rmse(TrendFit.fit(TrendModel.LOG_LINEAR, t, y), t, y);
        if (logRmse < bestRmse - 1e-9) {
          chosen = TrendModel.LOG_LINEAR;
        }
      }
      choice =
          name(chosen)
              + ": the lower in-sample error; no backtest, as the history has "
              + n
              + " months (a backtest needs "
              + MIN_MONTHS_FOR_BACKTEST
              + ")";
    }
    TrendFit fit = TrendFit.fit(chosen, t, y);
    List<YearPeople> years = new ArrayList<>();
    for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
      YearMonth april = YearMonth.of(year, 4);
      double meanT = index(first, april) + 5.5;
      Interval trend = fit.predictMean(meanT, 12, spec.confidence());
      BigDecimal growth = ForecastSpec.cumulative(spec.populationGrowth(), spec.firstYear(), year);
      years.add(new YearPeople(year, trend, growth, trend.times(growth.doubleValue())));
    }
    List<MonthPeople> months = new ArrayList<>();
    series.values().forEach(p -> months.add(new MonthPeople(p.month(), p.people(), null)));
    for (YearMonth m = last.plusMonths(1);
        !m.isAfter(YearMonth.of(spec.lastYear() + 1, 3));
        m = m.plusMonths(1)) {
      int fy = m.getMonthValue() >= 4 ? m.getYear() : m.getYear() - 1;
      BigDecimal growth =
          fy < spec.firstYear()
              ? BigDecimal.ONE
              : ForecastSpec.cumulative(spec.populationGrowth(), spec.firstYear(), fy);
      months.add(
          new MonthPeople(
              m,
              null,
              fit.predict(index(first, m), spec.confidence()).times(growth.doubleValue())));
    }
    return new GroupForecast(
        group,
        first,
        last,
        chosen,
        choice,
        fit.intercept(),
        fit.slope(),
        List.copyOf(backtests),
        weeklyCostPerPerson(series),
        List.copyOf(years),
        List.copyOf(months));
  }

  /** The backtest of {@code model}, or null when it cannot be fitted to the first months. */
  static Backtest backtest(TrendModel model, double[] t, double[] y, double confidence) {
    int fitted = t.length - BACKTEST_MONTHS;
    double[] ft = java.util.Arrays.copyOf(t, fitted);
    double[] fy = java.util.Arrays.copyOf(y, fitted);
    if (!TrendFit.fits(model, fy)) {
      return null;
    }
    TrendFit fit = TrendFit.fit(model, ft, fy);
    double sum = 0;
    int counted = 0;
    int within = 0;
    for (int i = fitted; i < t.length; i++) {
      Interval f = fit.predict(t[i], confidence);
      if (f.covers(y[i])) {
        within++;
      }
      if (y[i] > 0) {
        sum += Math.abs(y[i] - f.point()) / y[i];
        counted++;
      }
    }
    return new Backtest(
        model, fitted, BACKTEST_MONTHS, counted == 0 ? null : 100 * sum / counted, within);
  }

  private static double rmse(TrendFit fit, double[] t, double[] y) {
    double sse = 0;
    for (int i = 0; i < t.length; i++) {
      double e = y[i] - fit.predict(t[i], 0.5).point();
      sse += e * e;
    }
    return Math.sqrt(sse / t.length);
  }

  /**
   * Σ weekly net cost ÷ Σ people over the last twelve months (a monthly cost counts as monthly × 12
   * ÷ 52 a week), to the penny, half up, once.
   */
  static Money weeklyCostPerPerson(TreeMap<YearMonth, HistoryPoint> series) {
    YearMonth from = series.lastKey().minusMonths(BACKTEST_MONTHS - 1);
    BigDecimal cost = BigDecimal.ZERO;
    long people = 0;
    for (HistoryPoint p : series.tailMap(from, true).values()) {
      cost = cost.add(p.netCost().amount().multiply(BigDecimal.valueOf(p.basis().perYear())));
      people += p.people();
    }
    if (people == 0) {
      return Money.ZERO;
    }
    return Money.rounded(
        cost.divide(BigDecimal.valueOf(52 * people), 10, RoundingMode.HALF_UP),
        RoundingMode.HALF_UP);
  }

  static long index(YearMonth first, YearMonth month) {
    return ChronoUnit.MONTHS.between(first, month);
  }

  static String name(TrendModel m) {
    return m == TrendModel.LINEAR ? "linear" : "log-linear";
  }
}
