package org.openras.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.money.Money;
import org.openras.engine.result.CalculationResult;

/**
 * The night-care difference a council may disregard is, for every year, the higher rate less the
 * lower rate of the same benefit in force that year (never a council's own amount).
 */
class NightCareDifferenceTest {
  /** The benefit uprating Monday of each year whose rates the rules hold, 2015/16 to 2026/27. */
  private static final List<LocalDate> UPRATING_DAYS =
      List.of(
          LocalDate.of(2015, 4, 6),
          LocalDate.of(2016, 4, 11),
          LocalDate.of(2017, 4, 10),
          LocalDate.of(2018, 4, 9),
          LocalDate.of(2019, 4, 8),
          LocalDate.of(2020, 4, 6),
          LocalDate.of(2021, 4, 12),
          LocalDate.of(2022, 4, 11),
          LocalDate.of(2023, 4, 10),
          LocalDate.of(2024, 4, 8),
          LocalDate.of(2025, 4, 7),
          LocalDate.of(2026, 4, 6));

  /** Differences read in sources independently of the rates (Knowsley 2024/25; the notes' sums). */
  private static final Map<LocalDate, String> KNOWN =
      Map.of(
          LocalDate.of(2023, 4, 10), "33.65",
          LocalDate.of(2024, 4, 8), "35.90",
          LocalDate.of(2025, 4, 7), "36.50",
          LocalDate.of(2026, 4, 6), "37.90");

  @Test
  void theDifferenceDisregardedIsTheHigherLessTheLowerRateForEveryYearAndBenefit() {
    for (LocalDate day : UPRATING_DAYS) {
      for (LocalDate date : List.of(day, day.plusDays(100))) {
        for (var benefit : NightCareOverlays.LOWER.entrySet()) {
          Money higher = NightCareOverlays.rate(date, benefit.getKey());
          Money lower = NightCareOverlays.rate(date, benefit.getValue());
          CalculationResult r =
              NightCareOverlays.run(NightCareOverlays.YES, date, benefit.getKey(), higher, false);
          assertThat(r.contribution().incomeDisregarded())
              .as("%s on %s", benefit.getKey(), date)
              .isEqualTo(higher.minus(lower));
          assertThat(r.contribution().incomeCounted()).isEqualTo(lower);
        }
      }
    }
  }

  @Test
  void theDifferencesMatchTheOnesSourcesGive() {
    KNOWN.forEach(
        (day, difference) -> {
          Money higher = NightCareOverlays.rate(day, "ATTENDANCE_ALLOWANCE_HIGHER");
          Money lower = NightCareOverlays.rate(day, "ATTENDANCE_ALLOWANCE_LOWER");
          assertThat(higher.minus(lower)).as("%s", day).isEqualTo(Money.parse(difference));
        });
  }

  @Test
  void theRatesChangeOnTheUpratingMondayNotOnSixthApril() {
    // 2025: the charging figures change on Sunday 6 April, the benefit rates on Monday 7 April.
    assertThat(NightCareOverlays.rate(LocalDate.of(2025, 4, 6), "ATTENDANCE_ALLOWANCE_HIGHER"))
        .isEqualTo(Money.parse("108.55"));
    assertThat(NightCareOverlays.rate(LocalDate.of(2025, 4, 7), "ATTENDANCE_ALLOWANCE_HIGHER"))
        .isEqualTo(Money.parse("110.40"));
  }

  @Test
  void aCouncilAmountBesideTheChoiceIsIgnored() {
    LocalDate date = LocalDate.of(2025, 6, 2);
    Money higher = Money.parse("110.40");
    CalculationResult keyed =
        NightCareOverlays.run(
            NightCareOverlays.YES_WITH_AMOUNT, date, "ATTENDANCE_ALLOWANCE_HIGHER", higher, false);
    assertThat(keyed.contribution().incomeDisregarded()).isEqualTo(Money.parse("36.50"));
  }

  @Test
  void anOverlayWrittenForTheOriginalChoseToDisregardAndGetsTheYearsDifference() {
    // North Shire 2024-04-08 keyed £35.90; in 2025/26 the difference is £36.50.
    CalculationResult r =
        NightCareOverlays.run(
            NightCareOverlays.OLD_AMOUNT_ONLY,
            LocalDate.of(2025, 6, 2),
            "PIP_DAILY_LIVING_ENHANCED",
            Money.parse("110.40"),
            false);
    assertThat(r.contribution().incomeDisregarded()).isEqualTo(Money.parse("36.50"));
  }
}
