package org.openras.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Costs drawn from known coefficients plus noise bounded by δ (and rounded to pence, another half
 * penny) are recovered within a stated tolerance. The tolerances are the worst case the noise can
 * cause, so they hold for every draw: for the slope with an intercept |b̂ − b| ≤ δ Σ|x − x̄| ÷ Σ(x
 * − x̄)², for the intercept |â − a| ≤ δ + x̄ × that bound; through the origin |b̂ − b| ≤ δ Σx ÷
 * Σx²; for the ratio |R − b| ≤ n δ ÷ Σx.
 */
class RecoveryProperties {
  private record Drawn(double[] x, Cohort cohort, double delta) {}

  private static Drawn draw(long seed, int n, double a, double b, double noise) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[n];
    List<CohortRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      x[i] = 1 + r.nextInt(80);
      double cost = a + b * x[i] + (r.nextDouble() * 2 - 1) * noise;
      String pounds = BigDecimal.valueOf(cost).setScale(2, RoundingMode.HALF_UP).toPlainString();
      rows.add(Cohorts.row(i + 1, PrimarySupportReason.MENTAL_HEALTH, (int) x[i], pounds));
    }
    return new Drawn(x, Cohorts.of(rows), noise + 0.005);
  }

  private static FitResult fit(Drawn d, Method m) {
    return Calibrator.run(d.cohort(), new CalibrationSpec(m, false, false, null, null)).overall();
  }

  @Test
  void leastSquaresWithAnInterceptRecoversBothCoefficients() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(5, 200), integers().between(0, 200))
        .checkAssert(
            (seed, n, a) -> {
              Drawn d = draw(seed, n, a, 7.5, 30);
              double mean = java.util.Arrays.stream(d.x()).average().orElseThrow();
              double abs = 0;
              double sq = 0;
              for (double v : d.x()) {
                abs += Math.abs(v - mean);
                sq += (v - mean) * (v - mean);
              }
              if (sq == 0) {
                return; // everyone drew the same points: the degenerate case has its own test
              }
              double slopeBound = d.delta() * abs / sq + 1e-9;
              FitResult f = fit(d, Method.OLS);
              assertThat(Math.abs(f.slope().estimate() - 7.5)).isLessThanOrEqualTo(slopeBound);
              assertThat(Math.abs(f.intercept().estimate() - a))
                  .isLessThanOrEqualTo(d.delta() + mean * slopeBound + 1e-9);
            });
  }

  @Test
  void leastSquaresThroughTheOriginRecoversThePricePerPoint() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(3, 200), integers().between(100, 2000))
        .checkAssert(
            (seed, n, pence) -> {
              double b = pence / 100.0;
              Drawn d = draw(seed, n, 0, b, 0.5 * b);
              double sum = 0;
              double sq = 0;
              for (double v : d.x()) {
                sum += v;
                sq += v * v;
              }
              FitResult f = fit(d, Method.OLS_ORIGIN);
              assertThat(Math.abs(f.slope().estimate() - b))
                  .isLessThanOrEqualTo(d.delta() * sum / sq + 1e-9);
            });
  }

  @Test
  void theRatioMethodRecoversThePricePerPoint() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(3, 200), integers().between(100, 2000))
        .checkAssert(
            (seed, n, pence) -> {
              double b = pence / 100.0;
              Drawn d = draw(seed, n, 0, b, 0.5 * b);
              double sum = java.util.Arrays.stream(d.x()).sum();
              FitResult f = fit(d, Method.RATIO);
              assertThat(Math.abs(f.slope().estimate() - b))
                  .isLessThanOrEqualTo(n * d.delta() / sum + 1e-9);
              assertThat(f.rSquared()).isFinite();
              assertThat(f.interval80().lowerShare()).isBetween(0.0, 1.0);
            });
  }
}
