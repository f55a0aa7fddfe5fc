package org.openras.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.request.PrimarySupportReason;

/** Setting aside outliers by Cook's distance (> 4/n), and saying who and why. */
class OutlierTest {
  private static Cohort withOneOutlier() {
    List<CohortRow> rows = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      int points = 5 * i;
      int cost = 10 * points + (i % 2 == 0 ? 4 : -4);
      rows.add(Cohorts.row(i, PrimarySupportReason.LEARNING_DISABILITY, points, cost + ".00"));
    }
    // Line 13: a plan costing four times what the points suggest, at high leverage.
    rows.add(Cohorts.row(13, PrimarySupportReason.LEARNING_DISABILITY, 70, "2800.00"));
    return Cohorts.of(rows);
  }

  @Test
  void anInfluentialPersonIsSetAsideWithTheReason() {
    CalibrationReport r =
        Calibrator.run(withOneOutlier(), new CalibrationSpec(Method.OLS, false, true, null, null));
    assertThat(r.setAside()).extracting(PersonFit::line).containsExactly(13L);
    assertThat(r.setAside().get(0).setAside()).contains("Cook's distance").contains("4/n = 0.308");
    assertThat(r.overall().people()).isEqualTo(12);
    assertThat(r.overall().slope().estimate()).isCloseTo(10.0, within(0.2));
  }

  @Test
  void cooksDistanceMatchesItsFormula() {
    double[] x = {1, 2, 3, 4, 10};
    double[] y = {2.1, 3.9, 6.2, 7.8, 30};
    LeastSquares.Ols ols = LeastSquares.fit("test", x, y, true);
    // Leverage with an intercept: 1/n + (x − x̄)² ÷ Σ(x − x̄)²; x̄ = 4, Σ(x − x̄)² = 50.
    assertThat(ols.hat()[4]).isCloseTo(0.2 + 36.0 / 50, within(1e-12));
    double e = ols.residuals()[4];
    double h = ols.hat()[4];
    assertThat(ols.cooksDistance()[4])
        .isCloseTo(e * e / (2 * ols.errorVariance()) * h / ((1 - h) * (1 - h)), within(1e-12));
  }

  @Test
  void withoutScreeningNobodyIsSetAside() {
    CalibrationReport r =
        Calibrator.run(withOneOutlier(), new CalibrationSpec(Method.OLS, false, false, null, null));
    assertThat(r.setAside()).isEmpty();
    assertThat(r.people()).allSatisfy(p -> assertThat(p.cooksDistance()).isNull());
  }
}
