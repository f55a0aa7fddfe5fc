package org.openras.service.calibration;

import java.math.BigDecimal;
import org.openras.engine.calibration.CalibrationException;
import org.openras.engine.calibration.DraftVersion;
import org.openras.engine.json.BoundedDecimals;
import org.openras.engine.money.Money;
import org.openras.service.scenario.CaseloadForm;
import org.openras.service.web.PageErrors;

/**
 * What the finance officer typed to calibrate the RAS, as text, and its reading into the API's
 * {@link CalibrationRequest}: the cohort (a caseload with actual weekly costs), the method, whether
 * to fit by primary support reason and set outliers aside, the ratio method's budget and
 * contingency, and the first day of a draft version to write.
 */
public class CalibrationForm extends CaseloadForm {
  private String method = "ratio";
  private String byGroup;
  private String setAsideOutliers;
  private String budget = "";
  private String contingency = "";
  private String draftVersion = "";

  /** The request, or null when {@code errors} gained an entry. */
  CalibrationRequest toRequest(String cohortId, PageErrors errors) {
    Money weekly = money(budget, errors);
    BigDecimal share =
        decimal(
            contingency,
            "contingency",
            "Enter the contingency as a share, for example 0.05 for 5%",
            errors);
    if (!blank(draftVersion)) {
      try {
        DraftVersion.firstDay(draftVersion.strip());
      } catch (CalibrationException e) {
        errors.add("draftVersion", e.getMessage());
      }
    }
    if (errors.any() || cohortId == null) {
      return null;
    }
    return new CalibrationRequest(
        cohortId,
        method,
        byGroup != null,
        setAsideOutliers != null,
        weekly,
        share,
        blank(draftVersion) ? null : draftVersion.strip());
  }

  /** The budget in pounds to the penny, as the API takes it; null when blank or not an amount. */
  private static Money money(String text, PageErrors errors) {
    String problem = "Enter the weekly budget in pounds, for example 25000.00";
    BigDecimal pounds = decimal(text, "budget", problem, errors);
    if (pounds == null) {
      return null;
    }
    try {
      return Money.of(pounds);
    } catch (IllegalArgumentException e) {
      errors.add("budget", problem);
      return null;
    }
  }

  private static BigDecimal decimal(String text, String field, String problem, PageErrors errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return BoundedDecimals.parse(text.strip().replace("£", "").replace(",", ""));
    } catch (NumberFormatException e) {
      errors.add(field, problem);
      return null;
    }
  }

  /** The form field a calibration problem is about, from its message. */
  static String fieldOf(String message) {
    String m = message == null ? "" : message.toLowerCase();
    if (m.contains("draft") || m.contains("version")) {
      return "draftVersion";
    }
    if (m.contains("cohort") || m.contains("people") || m.contains("lines")) {
      return "source";
    }
    return CalibrationRequest.fieldOf(message);
  }

  // Bean accessors for the form binding.

  public String getMethod() {
    return method;
  }

  public void setMethod(String v) {
    method = v;
  }

  public String getByGroup() {
    return byGroup;
  }

  public void setByGroup(String v) {
    byGroup = v;
  }

  public String getSetAsideOutliers() {
    return setAsideOutliers;
  }

  public void setSetAsideOutliers(String v) {
    setAsideOutliers = v;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String v) {
    budget = v;
  }

  public String getContingency() {
    return contingency;
  }

  public void setContingency(String v) {
    contingency = v;
  }

  public String getDraftVersion() {
    return draftVersion;
  }

  public void setDraftVersion(String v) {
    draftVersion = v;
  }
}
