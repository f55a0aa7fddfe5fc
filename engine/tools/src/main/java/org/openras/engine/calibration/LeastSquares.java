package org.openras.engine.calibration;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Ordinary least squares of cost on points, with or without an intercept (Commons Math), and what
 * outlier screening needs from it: residuals, the hat matrix's diagonal and Cook's distance.
 */
final class LeastSquares {
  private LeastSquares() {}

  /**
   * A fitted line.
   *
   * @param beta the intercept then the slope, or the slope alone through the origin
   * @param standardErrors the standard error of each coefficient, in the same order
   * @param residuals actual minus fitted, per person
   * @param hat the diagonal of the hat matrix X(XᵀX)⁻¹Xᵀ: each person's leverage
   * @param errorVariance s² = residual sum of squares ÷ (n − p)
   */
  record Ols(
      double[] beta,
      double[] standardErrors,
      double[] residuals,
      double[] hat,
      double errorVariance,
      int parameters) {

    /**
     * Cook's distance D_i = e_i² ÷ (p s²) × h_ii ÷ (1 − h_ii)² (Cook 1977); 0 for everyone when the
     * fit is exact (s² = 0), infinite for a person with leverage 1.
     */
    double[] cooksDistance() {
      double[] d = new double[residuals.length];
      for (int i = 0; i < d.length; i++) {
        double h = hat[i];
        if (errorVariance == 0) {
          d[i] = 0;
        } else if (h >= 1) {
          d[i] = Double.POSITIVE_INFINITY;
        } else {
          d[i] =
              residuals[i] * residuals[i] / (parameters * errorVariance) * h / ((1 - h) * (1 - h));
        }
      }
      return d;
    }
  }

  /**
   * Fits {@code y = a + b x} ({@code intercept}) or {@code y = b x}.
   *
   * @throws CalibrationException when the points do not allow the fit (no spread, all zero)
   */
  static Ols fit(String group, double[] x, double[] y, boolean intercept) {
    // QR with a zero threshold rarely sees an exactly singular matrix in floating point: check the
    // two degenerate designs by hand so they give a clear error, not meaningless coefficients.
    double min = java.util.Arrays.stream(x).min().orElse(0);
    double max = java.util.Arrays.stream(x).max().orElse(0);
    if ((intercept && min == max) || (!intercept && min == 0 && max == 0)) {
      throw degenerate(group, intercept);
    }
    double[][] design = new double[x.length][1];
    for (int i = 0; i < x.length; i++) {
      design[i][0] = x[i];
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.setNoIntercept(!intercept);
    try {
      ols.newSampleData(y, design);
      return new Ols(
          ols.estimateRegressionParameters(),
          ols.estimateRegressionParametersStandardErrors(),
          ols.estimateResiduals(),
          diagonal(ols),
          ols.estimateErrorVariance(),
          intercept ? 2 : 1);
    } catch (SingularMatrixException e) {
      throw degenerate(group, intercept);
    }
  }

  private static CalibrationException degenerate(String group, boolean intercept) {
    return new CalibrationException(
        intercept
            ? "In "
                + group
                + " everyone has the same points, so an intercept and a slope cannot both be"
                + " fitted; use the ratio method or ols-origin, or add people with other scores"
            : "In " + group + " nobody scores any points, so no price per point can be fitted");
  }

  private static double[] diagonal(OLSMultipleLinearRegression ols) {
    var hat = ols.calculateHat();
    double[] h = new double[hat.getRowDimension()];
    for (int i = 0; i < h.length; i++) {
      h[i] = hat.getEntry(i, i);
    }
    return h;
  }
}
