package org.openras.engine.calibration;

/**
 * One person of the cohort against the chosen fit.
 *
 * @param fitted the fitted weekly figure (the fit's coefficients applied to the points; the RAS's
 *     floor and ceiling are not applied here, the scenario applies them)
 * @param cooksDistance Cook's distance in the person's fitting group, or null when outliers were
 *     not screened
 * @param setAside why the person was left out of the fit, or null when they were fitted
 */
public record PersonFit(
    long line,
    String personRef,
    String primarySupportReason,
    int points,
    double actualWeeklyCost,
    double fitted,
    Double cooksDistance,
    String setAside) {

  public double residual() {
    return actualWeeklyCost - fitted;
  }
}
