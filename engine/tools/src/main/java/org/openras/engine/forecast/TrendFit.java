package org.openras.engine.forecast;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A trend fitted by ordinary least squares (Commons Math {@link SimpleRegression}) to monthly
 * counts, on the model's scale (the counts, or their natural logarithms).
 *
 * <p>Prediction interval for the average of {@code m} future months whose month numbers average t̄ₘ
 * (m = 1 for one month): ŷ(t̄ₘ) ± t(1 − α/2; n − 2) · s · √(1/m + 1/n + (t̄ₘ − t̄)² / Sₜₜ), where
 * s² is the residual mean square (SSE ÷ (n − 2)), t̄ and Sₜₜ = Σ(t − t̄)² are from the fitted
 * months, and t(·; n − 2) is Student's t ({@link TDistribution}). This is the standard OLS
 * prediction interval for independent, normally distributed errors of constant variance. For a
 * log-linear trend it is computed on the log scale and both ends and the point are exponentiated,
 * so the point is the median, not the mean, of the forecast count.
 */
public final class TrendFit {
  /** Fewest months a trend is fitted to: two coefficients and at least one degree of freedom. */
  public static final int MIN_MONTHS = 3;

  private final TrendModel model;
  private final SimpleRegression regression;
  private final double meanT;
  private final int n;

  private TrendFit(TrendModel model, SimpleRegression regression, double meanT, int n) {
    this.model = model;
    this.regression = regression;
    this.meanT = meanT;
    this.n = n;
  }

  /** Whether the model can be fitted to these counts (log-linear needs every count above zero). */
  public static boolean fits(TrendModel model, double[] y) {
    if (y.length < MIN_MONTHS) {
      return false;
    }
    if (model == TrendModel.LOG_LINEAR) {
      for (double v : y) {
        if (v <= 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Fits {@code model} to counts {@code y} at month numbers {@code t}. */
  public static TrendFit fit(TrendModel model, double[] t, double[] y) {
    if (t.length != y.length) {
      throw new IllegalArgumentException("t and y differ in length");
    }
    if (!fits(model, y)) {
      throw new IllegalArgumentException(
          model
              + " cannot be fitted to "
              + y.length
              + " months (needs "
              + MIN_MONTHS
              + " or more"
              + (model == TrendModel.LOG_LINEAR ? ", every count above zero)" : ")"));
    }
    SimpleRegression r = new SimpleRegression(true);
    double sumT = 0;
    for (int i = 0; i < t.length; i++) {
      r.addData(t[i], model == TrendModel.LOG_LINEAR ? Math.log(y[i]) : y[i]);
      sumT += t[i];
    }
    return new TrendFit(model, r, sumT / t.length, t.length);
  }

  public TrendModel model() {
    return model;
  }

  /** The intercept a, on the model's scale. */
  public double intercept() {
    return regression.getIntercept();
  }

  /**
   * The slope b per month, on the model's scale (for log-linear, e^b − 1 is the monthly growth).
   */
  public double slope() {
    return regression.getSlope();
  }

  /** Months fitted. */
  public int months() {
    return n;
  }

  /** The forecast for one month, with its interval at {@code confidence} (such as 0.95). */
  public Interval predict(double t, double confidence) {
    return predictMean(t, 1, confidence);
  }

  /**
   * The forecast of the average of {@code m} months whose month numbers average {@code meanOfT},
   * with its interval at {@code confidence}.
   */
  public Interval predictMean(double meanOfT, int m, double confidence) {
    if (confidence <= 0 || confidence >= 1) {
      throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
    }
    double yHat = regression.predict(meanOfT);
    double mse = regression.getMeanSquareError();
    double sxx = regression.getXSumSquares();
    double spread =
        Math.sqrt(
            Math.max(0, mse)
                * (1.0 / m + 1.0 / n + (sxx == 0 ? 0 : Math.pow(meanOfT - meanT, 2) / sxx)));
    double tq = new TDistribution(n - 2).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double lo = yHat - tq * spread;
    double hi = yHat + tq * spread;
    if (model == TrendModel.LOG_LINEAR) {
      return new Interval(Math.exp(yHat), Math.exp(lo), Math.exp(hi));
    }
    return new Interval(Math.max(0, yHat), Math.max(0, lo), Math.max(0, hi));
  }
}
