package org.openras.engine.calibration;

/**
 * The fit for one group of people (a primary support reason, or everyone): coefficients, goodness
 * of fit, residuals, tolerance shares and the 80% prediction interval. Figures are doubles (fitting
 * maths); the draft's prices are rounded to pence from {@link #slope()}.
 *
 * @param group a primary support reason code, or {@link #EVERYONE}
 * @param intercept the intercept (pounds a week), or null for the ratio method and ols-origin
 * @param slope the price per point (pounds a week per point)
 * @param rSquared 1 − SSE ÷ SST with SST about the mean actual cost, for every method (so methods
 *     compare; negative when a line through the origin fits worse than the mean)
 * @param adjustedRSquared 1 − (1 − R²)(n − 1) ÷ (n − p)
 * @param within10 share of people whose fitted figure is within ±10% of their actual cost
 * @param within20 the same within ±20%
 */
public record FitResult(
    String group,
    String title,
    int people,
    double meanPoints,
    Coefficient intercept,
    Coefficient slope,
    double rSquared,
    double adjustedRSquared,
    ResidualSummary residuals,
    double within10,
    double within20,
    PredictionInterval interval80) {

  public static final String EVERYONE = "EVERYONE";

  /** An estimate with its standard error. */
  public record Coefficient(double estimate, double standardError) {}

  /**
   * Residuals (actual − fitted, pounds a week): mean, quartiles and s, the residual standard error
   * √(SSE ÷ (n − p)).
   */
  public record ResidualSummary(
      double mean,
      double min,
      double lowerQuartile,
      double median,
      double upperQuartile,
      double max,
      double standardError) {}

  /**
   * The 80% prediction interval for a new person with the group's mean points x̄
   * (docs/calibration.md): fitted ± t(0.90; n − p) × s × √(1 + leverage of x̄), also as shares of
   * the fitted figure (the lower share is never below 0).
   */
  public record PredictionInterval(
      double points,
      double fitted,
      double lower,
      double upper,
      double lowerShare,
      double upperShare,
      double t,
      int degreesOfFreedom) {}

  /** The fitted weekly figure for a number of points. */
  public double fitted(double points) {
    return (intercept == null ? 0 : intercept.estimate()) + slope.estimate() * points;
  }
}
