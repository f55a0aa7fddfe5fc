package org.openras.engine.calibration;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.openras.engine.calibration.FitResult.Coefficient;
import org.openras.engine.calibration.FitResult.PredictionInterval;
import org.openras.engine.calibration.FitResult.ResidualSummary;

/** Fits one group of people by one method and measures the fit (formulas: docs/calibration.md). */
final class GroupFitter {
  /** The two-sided 80% interval leaves 10% in each tail. */
  private static final double UPPER_TAIL = 0.90;

  private GroupFitter() {}

  /**
   * @param ratioPrice the ratio method's price per point for this group (ignored by least squares)
   */
  static FitResult fit(
      String group, String title, List<CohortRow> rows, Method method, double ratioPrice) {
    double[] x = rows.stream().mapToDouble(CohortRow::x).toArray();
    double[] y = rows.stream().mapToDouble(CohortRow::y).toArray();
    int n = x.length;
    double meanY = mean(y);
    double sst = 0;
    for (double v : y) {
      sst += (v - meanY) * (v - meanY);
    }
    if (sst == 0) {
      throw new CalibrationException(
          "In "
              + group
              + " every actual cost is the same, so there is no variation to explain (R² is"
              + " undefined); check the cohort's costs");
    }
    Coefficient intercept = null;
    Coefficient slope;
    if (method == Method.RATIO) {
      slope = ratio(group, x, y, ratioPrice);
    } else {
      var ols = LeastSquares.fit(group, x, y, method == Method.OLS);
      int b = method == Method.OLS ? 1 : 0;
      if (method == Method.OLS) {
        intercept = new Coefficient(ols.beta()[0], ols.standardErrors()[0]);
      }
      slope = new Coefficient(ols.beta()[b], ols.standardErrors()[b]);
    }
    double a = intercept == null ? 0 : intercept.estimate();
    double[] e = new double[n];
    double sse = 0;
    int in10 = 0;
    int in20 = 0;
    for (int i = 0; i < n; i++) {
      e[i] = y[i] - (a + slope.estimate() * x[i]);
      sse += e[i] * e[i];
      in10 += Math.abs(e[i]) <= 0.10 * y[i] ? 1 : 0;
      in20 += Math.abs(e[i]) <= 0.20 * y[i] ? 1 : 0;
    }
    int p = method.coefficients();
    double r2 = 1 - sse / sst;
    double s = Math.sqrt(sse / (n - p));
    FitResult partial =
        new FitResult(
            group,
            title,
            n,
            mean(x),
            intercept,
            slope,
            r2,
            1 - (1 - r2) * (n - 1) / (n - p),
            summary(e, s),
            (double) in10 / n,
            (double) in20 / n,
            null);
    return withInterval(partial, x, s, method);
  }

  /**
   * The ratio estimator R = Σy ÷ Σx and its standard error √(Σ(y − Rx)² ÷ (n − 1)) ÷ (√n x̄)
   * (Cochran 1977, §6.3, without the finite population correction), both scaled by the budget
   * factor that turns R into the price.
   */
  private static Coefficient ratio(String group, double[] x, double[] y, double price) {
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < x.length; i++) {
      sx += x[i];
      sy += y[i];
    }
    if (sx == 0) {
      throw new CalibrationException(
          "In " + group + " nobody scores any points, so the ratio method cannot price a point");
    }
    double r = sy / sx;
    double ss = 0;
    for (int i = 0; i < x.length; i++) {
      ss += (y[i] - r * x[i]) * (y[i] - r * x[i]);
    }
    double se = Math.sqrt(ss / (x.length - 1)) / (Math.sqrt(x.length) * (sx / x.length));
    return new Coefficient(price, se * price / r);
  }

  private static FitResult withInterval(FitResult f, double[] x, double s, Method method) {
    int n = x.length;
    int df = n - method.coefficients();
    double x0 = f.meanPoints();
    double sumSq = 0;
    for (double v : x) {
      sumSq += v * v;
    }
    // Leverage of a new person at x̄: 1/n with an intercept; x̄² ÷ Σx² through the origin.
    double leverage = method == Method.OLS ? 1.0 / n : x0 * x0 / sumSq;
    double t = new TDistribution(df).inverseCumulativeProbability(UPPER_TAIL);
    double half = t * s * Math.sqrt(1 + leverage);
    double fitted = f.fitted(x0);
    double lowerShare = fitted > 0 ? Math.max(0, (fitted - half) / fitted) : 0;
    double upperShare = fitted > 0 ? (fitted + half) / fitted : 0;
    var interval =
        new PredictionInterval(
            x0, fitted, fitted - half, fitted + half, lowerShare, upperShare, t, df);
    return new FitResult(
        f.group(),
        f.title(),
        f.people(),
        f.meanPoints(),
        f.intercept(),
        f.slope(),
        f.rSquared(),
        f.adjustedRSquared(),
        f.residuals(),
        f.within10(),
        f.within20(),
        interval);
  }

  private static ResidualSummary summary(double[] e, double s) {
    DescriptiveStatistics d = new DescriptiveStatistics(e);
    return new ResidualSummary(
        d.getMean(),
        d.getMin(),
        d.getPercentile(25),
        d.getPercentile(50),
        d.getPercentile(75),
        d.getMax(),
        s);
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double d : v) {
      sum += d;
    }
    return sum / v.length;
  }
}
