package org.openras.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * The ratio method against a small example worked by hand: points 10, 20, 30, 40 (total 100) and
 * actual weekly costs £120, £240, £310, £530 (total £1,200, mean £300).
 */
class RatioMethodTest {
  private static CalibrationReport ratio(String budget, String contingency) {
    return Calibrator.run(
        Cohorts.handWorked(),
        new CalibrationSpec(
            Method.RATIO,
            false,
            false,
            budget == null ? null : new BigDecimal(budget),
            new BigDecimal(contingency)));
  }

  @Test
  void withoutABudgetThePriceIsTheCohortsSpendOverItsPoints() {
    // £1,200 ÷ 100 points = £12.00 a point.
    CalibrationReport r = ratio(null, "0");
    assertThat(r.budgetUsed()).isEqualTo(1200.0);
    assertThat(DraftPrices.of(r).pricePerPoint().get(PrimarySupportReason.LEARNING_DISABILITY))
        .isEqualTo(Money.parse("12.00"));
  }

  @Test
  void aBudgetLessContingencyIsSpreadOverTheCohortsPoints() {
    // £1,000 × (1 − 0.10) ÷ 100 points = £9.00 a point.
    CalibrationReport r = ratio("1000", "0.10");
    assertThat(r.overall().slope().estimate()).isCloseTo(9.0, within(1e-12));
    assertThat(DraftPrices.of(r).pricePerPoint().get(PrimarySupportReason.MENTAL_HEALTH))
        .isEqualTo(Money.parse("9.00"));
  }

  @Test
  void theFitStatisticsMatchTheHandWorking() {
    FitResult f = ratio(null, "0").overall();
    // Fitted 120, 240, 360, 480: residuals 0, 0, −50, +50; SSE 5,000; SST about £300 is 89,000.
    assertThat(f.rSquared()).isCloseTo(1 - 5000.0 / 89000.0, within(1e-12));
    assertThat(f.adjustedRSquared()).isCloseTo(1 - 5000.0 / 89000.0, within(1e-12));
    // ±10%: 0 ≤ 12, 0 ≤ 24, 50 > 31, 50 ≤ 53 → 3 of 4; ±20%: all 4.
    assertThat(f.within10()).isEqualTo(0.75);
    assertThat(f.within20()).isEqualTo(1.0);
    // s = √(5000 ÷ 3); SE of the ratio = s ÷ (√4 × mean points 25).
    double s = Math.sqrt(5000.0 / 3);
    assertThat(f.residuals().standardError()).isCloseTo(s, within(1e-9));
    assertThat(f.slope().standardError()).isCloseTo(s / 50, within(1e-9));
    assertThat(f.residuals().median()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void thePredictionIntervalIsTheStudentTIntervalAtTheMeanPoints() {
    FitResult f = ratio(null, "0").overall();
    // At 25 points: £300 ± t(0.90; 3) × s × √(1 + 25² ÷ Σx²), Σx² = 3,000; t(0.90; 3) = 1.637744.
    double half = 1.637744 * Math.sqrt(5000.0 / 3) * Math.sqrt(1 + 625.0 / 3000);
    assertThat(f.interval80().fitted()).isCloseTo(300.0, within(1e-9));
    assertThat(f.interval80().lower()).isCloseTo(300 - half, within(1e-3));
    assertThat(f.interval80().upperShare()).isCloseTo((300 + half) / 300, within(1e-5));
    assertThat(f.interval80().degreesOfFreedom()).isEqualTo(3);
  }
}
