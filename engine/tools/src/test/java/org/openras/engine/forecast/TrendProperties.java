package org.openras.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Properties of the fitted trends that hold for every draw, so they cannot fail by chance. */
class TrendProperties {

  @Test
  void aNoiseFreeLineIsRecoveredExactlyWithAnIntervalOfNoWidth() {
    qt().withExamples(300)
        .forAll(
            integers().between(3, 120),
            doubles().between(1, 5000),
            doubles().between(-5, 5),
            integers().between(0, 60))
        .checkAssert(
            (n, a, b, ahead) -> {
              double[] t = new double[n];
              double[] y = new double[n];
              for (int i = 0; i < n; i++) {
                t[i] = i;
                y[i] = a + b * i;
              }
              TrendFit fit = TrendFit.fit(TrendModel.LINEAR, t, y);
              double x = n - 1 + ahead;
              Interval p = fit.predict(x, 0.95);
              double tol = 1e-6 * (Math.abs(a) + Math.abs(b) * (n + ahead) + 1);
              assertThat(fit.slope()).isCloseTo(b, within(1e-6 * (1 + Math.abs(b))));
              assertThat(p.point()).isCloseTo(Math.max(0, a + b * x), within(tol));
              assertThat(p.upper() - p.lower()).isCloseTo(0, within(tol));
            });
  }

  @Test
  void aNoiseFreeExponentialIsRecoveredByTheLogLinearTrend() {
    qt().withExamples(300)
        .forAll(
            integers().between(3, 120), doubles().between(1, 5000), doubles().between(-0.05, 0.05))
        .checkAssert(
            (n, a, g) -> {
              double[] t = new double[n];
              double[] y = new double[n];
              for (int i = 0; i < n; i++) {
                t[i] = i;
                y[i] = a * Math.exp(g * i);
              }
              TrendFit fit = TrendFit.fit(TrendModel.LOG_LINEAR, t, y);
              Interval p = fit.predict(n + 11, 0.95);
              double truth = a * Math.exp(g * (n + 11));
              assertThat(p.point()).isCloseTo(truth, within(1e-6 * truth));
            });
  }

  @Test
  void theIntervalContainsThePointAndWidensWithConfidence() {
    qt().withExamples(200)
        .forAll(integers().between(4, 60), integers().between(1, 1_000_000))
        .checkAssert(
            (n, seed) -> {
              java.util.Random r = new java.util.Random(seed);
              double[] t = new double[n];
              double[] y = new double[n];
              for (int i = 0; i < n; i++) {
                t[i] = i;
                y[i] = 50 + i + 5 * r.nextGaussian() + 20;
              }
              for (TrendModel m : TrendModel.values()) {
                if (!TrendFit.fits(m, y)) {
                  continue;
                }
                TrendFit fit = TrendFit.fit(m, t, y);
                Interval p80 = fit.predict(n + 6, 0.80);
                Interval p95 = fit.predict(n + 6, 0.95);
                assertThat(p95.lower()).isLessThanOrEqualTo(p80.lower());
                assertThat(p95.upper()).isGreaterThanOrEqualTo(p80.upper());
                assertThat(p80.covers(p80.point())).isTrue();
                Interval mean12 = fit.predictMean(n + 6, 12, 0.95);
                assertThat(mean12.upper() - mean12.lower())
                    .isLessThanOrEqualTo(p95.upper() - p95.lower() + 1e-9);
              }
            });
  }
}
