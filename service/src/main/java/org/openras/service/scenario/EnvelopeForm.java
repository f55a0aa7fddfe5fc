package org.openras.service.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.openras.engine.envelope.EnvelopeSpec;
import org.openras.engine.json.BoundedDecimals;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;
import org.openras.service.web.PageErrors;

/**
 * What the finance officer typed to find the affordability factor that brings a caseload's annual
 * net cost within a budget (a budget envelope), as text, and its reading into the API's {@link
 * ScenarioRequest} with an {@link ScenarioRequest.Envelope}: the caseload, the financial year, the
 * annual target, the contingency held back (a share, as the API and the calibration take it), the
 * range of factors the council allows, and the weekly loss above which people are listed. Every
 * person is costed under the rules in force over the year, so there are no sides to choose.
 */
public class EnvelopeForm extends CaseloadForm {
  private String title = "";
  private String financialYear = "";
  private String targetAnnual = "";
  private String contingency = "";
  private String lowest = "";
  private String highest = "";
  private String lossThreshold = "";
  private String refresh;

  /** The request, or null when {@code errors} gained an entry. */
  ScenarioRequest toRequest(ScenarioRequest.CaseloadChoice caseload, PageErrors errors) {
    Integer year = year(errors);
    Money target = money(targetAnnual, "targetAnnual", errors);
    if (target == null && blank(targetAnnual)) {
      errors.add("targetAnnual", "Enter the annual budget in pounds, for example 5100000.00");
    } else if (target != null && target.isNegative()) {
      errors.add("targetAnnual", "The annual budget must be £0 or more");
    }
    BigDecimal share = decimal(contingency, "contingency", errors);
    if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) >= 0)) {
      errors.add("contingency", "Enter the contingency as a share from 0 up to 1, such as 0.05");
    }
    BigDecimal low = factor(lowest, "lowest", "Lowest factor", errors);
    BigDecimal high = factor(highest, "highest", "Highest factor", errors);
    BigDecimal from = low == null ? EnvelopeSpec.DEFAULT_LOWEST : low;
    BigDecimal to = high == null ? EnvelopeSpec.DEFAULT_HIGHEST : high;
    if (!errors.getByField().containsKey("lowest")
        && !errors.getByField().containsKey("highest")
        && from.compareTo(to) > 0) {
      errors.add(
          "lowest",
          "The lowest factor must not be above the highest (" + from + " is above " + to + ")");
    }
    Money threshold = money(lossThreshold, "lossThreshold", errors);
    if (errors.any() || caseload == null) {
      return null;
    }
    ScenarioRequest.Side inForce = new ScenarioRequest.Side(null, Map.of(), List.of());
    return new ScenarioRequest(
        blank(title) ? "Budget envelope" : title.strip(),
        caseload,
        inForce,
        inForce,
        threshold,
        year,
        new ScenarioRequest.Envelope(target, share, low, high));
  }

  private Integer year(PageErrors errors) {
    Long y = whole(financialYear);
    if (y == null || y < 1990 || y > 2099) {
      errors.add(
          "financialYear",
          "Enter the financial year as its first year, from 1990 to 2099, for example 2025");
      return null;
    }
    return y.intValue();
  }

  private static Money money(String text, String field, PageErrors errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return Money.parse(text.strip().replace("£", "").replace(",", ""));
    } catch (IllegalArgumentException e) {
      errors.add(
          field,
          "lossThreshold".equals(field)
              ? "Enter the weekly loss in pounds and pence, for example 10.00"
              : "Enter the annual budget in pounds and pence, for example 5100000.00");
      return null;
    }
  }

  private static BigDecimal decimal(String text, String field, PageErrors errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return BoundedDecimals.parse(text);
    } catch (NumberFormatException e) {
      errors.add(field, "Enter the contingency as a share, for example 0.05 for 5%");
      return null;
    }
  }

  private static BigDecimal factor(String text, String field, String name, PageErrors errors) {
    if (blank(text)) {
      return null;
    }
    try {
      BigDecimal f = BoundedDecimals.parse(text);
      if (f.signum() <= 0) {
        errors.add(field, name + " must be above 0, for example 0.80");
        return null;
      }
      if (f.compareTo(EnvelopeSpec.MAX_FACTOR) > 0) {
        errors.add(field, name + " must be at most " + EnvelopeSpec.MAX_FACTOR + ", such as 1.20");
        return null;
      }
      if (f.stripTrailingZeros().scale() > 4) {
        errors.add(field, name + " must have at most four decimal places, for example 0.8125");
        return null;
      }
      return f;
    } catch (NumberFormatException e) {
      errors.add(field, name + " must be a number such as 0.80");
      return null;
    }
  }

  /** Puts one of {@code ScenarioRequest}'s field errors on the field it names. */
  static void fieldOf(FieldError e, PageErrors errors) {
    String path = e.field() == null ? "" : e.field();
    switch (path) {
      case "financialYear" -> errors.add("financialYear", "Financial year: " + e.problem());
      case "lossThreshold" -> errors.add("lossThreshold", "Weekly loss threshold " + e.problem());
      case "envelope" -> errors.add("targetAnnual", e.problem());
      case "caseload.generate.people" -> errors.add("people", "Number of people " + e.problem());
      default -> errors.add("source", "Caseload: " + e.problem());
    }
  }

  // Bean accessors for the form binding.

  public String getTitle() {
    return title;
  }

  public void setTitle(String v) {
    title = v;
  }

  public String getFinancialYear() {
    return financialYear;
  }

  public void setFinancialYear(String v) {
    financialYear = v;
  }

  public String getTargetAnnual() {
    return targetAnnual;
  }

  public void setTargetAnnual(String v) {
    targetAnnual = v;
  }

  public String getContingency() {
    return contingency;
  }

  public void setContingency(String v) {
    contingency = v;
  }

  public String getLowest() {
    return lowest;
  }

  public void setLowest(String v) {
    lowest = v;
  }

  public String getHighest() {
    return highest;
  }

  public void setHighest(String v) {
    highest = v;
  }

  public String getLossThreshold() {
    return lossThreshold;
  }

  public void setLossThreshold(String v) {
    lossThreshold = v;
  }

  public String getRefresh() {
    return refresh;
  }

  public void setRefresh(String v) {
    refresh = v;
  }
}
