package org.openras.service.calibration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openras.engine.calibration.CalibrationSpec;
import org.openras.engine.calibration.Method;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;

/**
 * A calibration to run on a kept cohort (POST /api/v1/caseloads keeps it), or on the agreed budgets
 * recorded from {@code agreedFrom} to {@code agreedTo} (issue 23): the method, whether to fit each
 * primary support reason apart and set aside outliers, the ratio method's budget (money: pounds as
 * a string, like every amount) and contingency (a share, a number), and, to write a draft version,
 * its first day.
 */
public record CalibrationRequest(
    String cohortId,
    String method,
    Boolean byGroup,
    Boolean setAsideOutliers,
    Money budget,
    BigDecimal contingency,
    String draftVersion,
    LocalDate agreedFrom,
    LocalDate agreedTo) {

  /** A calibration of a kept cohort. */
  public CalibrationRequest(
      String cohortId,
      String method,
      Boolean byGroup,
      Boolean setAsideOutliers,
      Money budget,
      BigDecimal contingency,
      String draftVersion) {
    this(
        cohortId, method, byGroup, setAsideOutliers, budget, contingency, draftVersion, null, null);
  }

  /** Whether the cohort is the agreed budgets recorded in a period rather than a kept caseload. */
  boolean fromAgreedBudgets() {
    return agreedFrom != null || agreedTo != null;
  }

  CalibrationSpec toSpec() {
    try {
      return new CalibrationSpec(
          Method.of(method),
          Boolean.TRUE.equals(byGroup),
          Boolean.TRUE.equals(setAsideOutliers),
          budget == null ? null : budget.amount(),
          contingency);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(method == null ? "method" : fieldOf(e.getMessage()), e.getMessage())));
    }
  }

  /** The request field a problem's message is about: the budget, the contingency or the method. */
  public static String fieldOf(String message) {
    String m = message == null ? "" : message.toLowerCase();
    return m.contains("budget") ? "budget" : m.contains("contingency") ? "contingency" : "method";
  }
}
