package org.openras.engine.calibration;

import java.math.BigDecimal;

/**
 * What to fit.
 *
 * @param byGroup fit each primary support reason apart (a price per point each) as well as everyone
 *     together
 * @param setAsideOutliers leave out people whose Cook's distance exceeds 4/n in their fitting
 *     group, and refit once
 * @param budget the ratio method's weekly budget available for the cohort's allocations, or null
 *     for the cohort's actual weekly spend (so prices reproduce today's spend less contingency)
 * @param contingency the ratio method's share held back for overrides and panels (0 to below 1)
 */
public record CalibrationSpec(
    Method method,
    boolean byGroup,
    boolean setAsideOutliers,
    BigDecimal budget,
    BigDecimal contingency) {

  public CalibrationSpec {
    if (method == null) {
      throw new CalibrationException("Give a method: ratio, ols or ols-origin");
    }
    contingency = contingency == null ? BigDecimal.ZERO : contingency;
    if (method != Method.RATIO && (budget != null || contingency.signum() != 0)) {
      throw new CalibrationException(
          "The budget and the contingency belong to the ratio method; least squares fits costs");
    }
    if (contingency.signum() < 0 || contingency.compareTo(BigDecimal.ONE) >= 0) {
      throw new CalibrationException(
          "The contingency is a share from 0 up to (not including) 1, such as 0.05 for 5%");
    }
    if (budget != null && budget.signum() <= 0) {
      throw new CalibrationException("The budget available must be more than zero pounds a week");
    }
  }
}
