package org.openras.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/** Recovery of known trends, the choice of trend, the backtest and the cost per person. */
class DemandForecasterTest {
  static final PrimarySupportReason LD = PrimarySupportReason.LEARNING_DISABILITY;
  static final PrimarySupportReason MH = PrimarySupportReason.MENTAL_HEALTH;

  // 48 months from April 2022 to March 2026; the forecast starts in 2026/27 (month 48).
  private static GroupForecast one(List<HistoryPoint> h, ForecastSpec spec) {
    List<GroupForecast> f = DemandForecaster.forecast(h, spec);
    assertThat(f).hasSize(1);
    return f.get(0);
  }

  @Test
  void aLinearTrendWithNoiseIsForecastWithinItsIntervalAndBacktestsWell() {
    List<HistoryPoint> h = Histories.drawn(LD, 48, t -> 100 + 6.0 * t, 6, 42);
    GroupForecast f = one(h, Histories.spec(2026, 5));
    assertThat(f.model()).isEqualTo(TrendModel.LINEAR);
    assertThat(f.slope()).isCloseTo(6.0, within(0.2));
    assertThat(f.chosenBacktest().mape()).isLessThan(3.0);
    assertThat(f.chosenBacktest().withinInterval()).isGreaterThanOrEqualTo(10);
    // The true yearly mean of 2028/29 (months 72..83) is 100 + 6 × 77.5.
    YearPeople y = f.year(2028);
    assertThat(y.people().covers(100 + 6 * 77.5)).isTrue();
    assertThat(y.people().point()).isCloseTo(565, within(12.0));
    // Intervals widen with the horizon.
    double w1 = f.year(2026).people().upper() - f.year(2026).people().lower();
    double w5 = f.year(2030).people().upper() - f.year(2030).people().lower();
    assertThat(w5).isGreaterThan(w1);
  }

  @Test
  void yearlyIntervalsCoverTheYearThatHappensAboutAsOftenAsTheyClaim() {
    int covered = 0;
    int runs = 300;
    for (long seed = 1; seed <= runs; seed++) {
      List<HistoryPoint> all = Histories.drawn(LD, 60, t -> 300 + 2.0 * t, 10, seed);
      // Fit on the first 48 months, compare 2026/27's forecast with the average of months 48..59.
      GroupForecast f = one(all.subList(0, 48), Histories.spec(2026, 1));
      double actual =
          all.subList(48, 60).stream().mapToInt(HistoryPoint::people).average().orElse(0);
      if (f.year(2026).trend().covers(actual)) {
        covered++;
      }
    }
    // A 95% interval; with 300 runs the share covered lies in [0.92, 0.98] but for a 1-in-1000
    // draw.
    assertThat(covered / (double) runs).isBetween(0.92, 0.98);
  }

  @Test
  void aFlatHistoryForecastsFlat() {
    List<HistoryPoint> h = new ArrayList<>();
    for (int t = 0; t < 36; t++) {
      h.add(Histories.point(MH, Histories.FIRST.plusMonths(t), 120));
    }
    GroupForecast f = one(h, Histories.spec(2025, 5));
    assertThat(f.slope()).isCloseTo(0, within(1e-12));
    for (YearPeople y : f.years()) {
      assertThat(y.people().point()).isCloseTo(120, within(1e-9));
      assertThat(y.people().lower()).isCloseTo(120, within(1e-9));
      assertThat(y.people().upper()).isCloseTo(120, within(1e-9));
    }
    assertThat(f.chosenBacktest().mape()).isCloseTo(0, within(1e-9));
  }

  @Test
  void aFlatHistoryWithNoiseForecastsNearlyFlatWithTheLevelInside() {
    GroupForecast f = one(Histories.drawn(MH, 48, t -> 120, 4, 7), Histories.spec(2026, 5));
    for (YearPeople y : f.years()) {
      assertThat(y.people().point()).isCloseTo(120, within(6.0));
      assertThat(y.people().covers(120)).isTrue();
    }
  }

  @Test
  void exponentialGrowthPicksLogLinear() {
    Random r = new Random(3);
    List<HistoryPoint> h = new ArrayList<>();
    for (int t = 0; t < 48; t++) {
      double people = 100 * Math.pow(1.04, t) * (1 + 0.01 * r.nextGaussian());
      h.add(Histories.point(MH, Histories.FIRST.plusMonths(t), (int) Math.round(people)));
    }
    GroupForecast f = one(h, Histories.spec(2026, 3));
    assertThat(f.model()).isEqualTo(TrendModel.LOG_LINEAR);
    assertThat(Math.exp(f.slope()) - 1).isCloseTo(0.04, within(0.003));
    Backtest lin =
        f.backtests().stream().filter(b -> b.model() == TrendModel.LINEAR).findFirst().get();
    assertThat(f.chosenBacktest().mape()).isLessThan(lin.mape());
    assertThat(f.choice()).startsWith("log-linear: the lower backtest MAPE");
  }

  @Test
  void aShortHistoryHasNoBacktestAndSaysSo() {
    GroupForecast f = one(Histories.drawn(LD, 18, t -> 50 + t, 1, 9), Histories.spec(2024, 2));
    assertThat(f.backtests()).isEmpty();
    assertThat(f.chosenBacktest()).isNull();
    assertThat(f.choice()).contains("no backtest");
  }

  @Test
  void zeroCountsRuleOutLogLinear() {
    List<HistoryPoint> h = new ArrayList<>(Histories.drawn(LD, 30, t -> 20 + t, 1, 5));
    h.set(0, Histories.point(LD, Histories.FIRST, 0));
    GroupForecast f = one(h, Histories.spec(2025, 1));
    assertThat(f.backtests()).extracting(Backtest::model).containsExactly(TrendModel.LINEAR);
  }

  @Test
  void populationGrowthCompoundsFromTheFirstYear() {
    List<HistoryPoint> h = Histories.drawn(LD, 48, t -> 400 + 3.0 * t, 6, 42);
    ForecastSpec spec =
        new ForecastSpec(
            2026,
            3,
            0.95,
            Map.of(2026, new BigDecimal("1.02"), 2028, new BigDecimal("1.01")),
            null);
    GroupForecast f = one(h, spec);
    assertThat(f.year(2026).growth()).isEqualByComparingTo("1.02");
    assertThat(f.year(2027).growth()).isEqualByComparingTo("1.02");
    assertThat(f.year(2028).growth()).isEqualByComparingTo("1.0302");
    YearPeople y = f.year(2028);
    assertThat(y.people().point()).isCloseTo(y.trend().point() * 1.0302, within(1e-9));
  }

  @Test
  void theCostPerPersonIsTheLastTwelveMonthsWeeklyCostOverTheirPeople() {
    List<HistoryPoint> h = new ArrayList<>();
    for (int t = 0; t < 24; t++) {
      // The first year costs £100 a week each, the second £52 a month each (£12 a week).
      int people = 10 + t;
      YearMonth m = Histories.FIRST.plusMonths(t);
      h.add(
          t < 12
              ? new HistoryPoint(
                  m, LD, people, Money.of(BigDecimal.valueOf(100L * people)), CostBasis.WEEKLY)
              : new HistoryPoint(
                  m, LD, people, Money.of(BigDecimal.valueOf(52L * people)), CostBasis.MONTHLY));
    }
    assertThat(one(h, Histories.spec(2024, 1)).weeklyCostPerPerson())
        .isEqualTo(Money.parse("12.00"));
  }

  @Test
  void aMonthTwiceOrAForecastInsideTheHistoryIsRefused() {
    List<HistoryPoint> h = new ArrayList<>(Histories.drawn(LD, 24, t -> 20, 1, 5));
    assertThatThrownBy(() -> DemandForecaster.forecast(h, Histories.spec(2023, 1)))
        .hasMessageContaining("must start after the history's last month 2024-03");
    h.add(Histories.point(LD, Histories.FIRST, 3));
    assertThatThrownBy(() -> DemandForecaster.forecast(h, Histories.spec(2024, 1)))
        .hasMessageContaining("2022-04 twice");
  }
}
