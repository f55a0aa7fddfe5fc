package org.openras.engine.calibration;

import java.math.BigDecimal;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PrimarySupportReason;

/**
 * One person of a calibration cohort who can be fitted.
 *
 * @param line the 1-based line of the cohort file
 * @param personRef the pseudonymous reference
 * @param points total points (after unpaid support), from the RAS in force or as recorded
 * @param actualWeeklyCost the agreed support plan's weekly cost, in pounds (positive)
 * @param request the calculation request, or null for a cohort that records points only
 */
public record CohortRow(
    long line,
    String personRef,
    PrimarySupportReason primarySupportReason,
    int points,
    BigDecimal actualWeeklyCost,
    CalculationRequest request) {

  double x() {
    return points;
  }

  double y() {
    return actualWeeklyCost.doubleValue();
  }
}
