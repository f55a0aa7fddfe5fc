package org.openras.service.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.json.BoundedDecimals;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.EligibilityRequest;
import org.openras.engine.request.EligibilityRequest.OutcomeRecord;
import org.openras.engine.request.Finances;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.service.web.DateInput;
import org.openras.service.web.PageErrors;

/**
 * What the assessor typed, as text, and its reading into a calculation request. Anything that
 * cannot be read is an entry of {@link PageErrors} on the field it came from; the engine checks the
 * rest.
 */
public class AssessmentForm {
  static final List<String> INCOME_TYPES =
      List.of(
          "STATE_PENSION",
          "PRIVATE_PENSION",
          "PENSION_CREDIT_GUARANTEE",
          "ATTENDANCE_ALLOWANCE_LOWER",
          "PIP_DAILY_LIVING_STANDARD");

  private String personRef;
  private DateInput assessmentDate = new DateInput();
  private DateInput dateOfBirth = new DateInput();
  private String primarySupportReason;
  private Map<String, String> needs = new LinkedHashMap<>();
  private Map<String, String> informal = new LinkedHashMap<>();
  private String impairment;
  private String significantImpact;
  private List<String> limbs = new ArrayList<>();
  private String capital;
  private Map<String, String> income = new LinkedHashMap<>();

  /** The request, or null when {@code errors} gained an entry. */
  CalculationRequest toRequest(Map<String, String> domains, PageErrors errors) {
    LocalDate date = assessmentDate.read("assessmentDate", "the assessment date", errors);
    LocalDate born = dateOfBirth.read("dateOfBirth", "the date of birth", errors);
    Map<String, Integer> levels = new LinkedHashMap<>();
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (Map.Entry<String, String> domain : domains.entrySet()) {
      String d = domain.getKey();
      Integer level = whole(needs.get(d));
      if (level == null) {
        errors.add(
            "needs-" + d,
            "Select the statement that best describes the person's needs for "
                + domain.getValue().toLowerCase(java.util.Locale.UK));
      } else {
        levels.put(d, level);
      }
      BigDecimal share = percent(informal.get(d), "informal-" + d, domain.getValue(), errors);
      if (share != null) {
        shares.put(d, share);
      }
    }
    PrimarySupportReason reason = reason(errors);
    Finances finances = finances(errors);
    if (errors.any()) {
      return null;
    }
    return new CalculationRequest(
        blank(personRef) ? null : personRef.strip(),
        date,
        new PersonDetails(born, reason),
        levels,
        shares,
        Map.of(),
        null,
        finances,
        null,
        eligibility(),
        null);
  }

  private PrimarySupportReason reason(PageErrors errors) {
    for (PrimarySupportReason r : PrimarySupportReason.values()) {
      if (r.name().equals(primarySupportReason)) {
        return r;
      }
    }
    errors.add("primarySupportReason", "Select the person's primary support reason");
    return null;
  }

  private EligibilityRequest eligibility() {
    if (blank(impairment) && blank(significantImpact) && limbs.isEmpty()) {
      return null;
    }
    Map<String, List<String>> byOutcome = new LinkedHashMap<>();
    for (String l : limbs) {
      int colon = l.indexOf(':');
      if (colon < 0) {
        continue; // not a box this form offers; the engine checks the codes of those it does
      }
      byOutcome
          .computeIfAbsent(l.substring(0, colon), k -> new ArrayList<>())
          .add(l.substring(colon + 1));
    }
    Map<String, OutcomeRecord> outcomes = new LinkedHashMap<>();
    byOutcome.forEach((code, ls) -> outcomes.put(code, new OutcomeRecord(ls, false, false)));
    return new EligibilityRequest(
        yes(impairment), outcomes, yes(significantImpact), null, null, true);
  }

  private Finances finances(PageErrors errors) {
    Money cap = money(capital, "capital", errors);
    Map<String, Money> weekly = new LinkedHashMap<>();
    for (String type : INCOME_TYPES) {
      Money m = money(income.get(type), "income-" + type, errors);
      if (m != null) {
        weekly.put(type, m);
      }
    }
    if (cap == null && weekly.isEmpty()) {
      return null;
    }
    return new Finances(cap, null, null, weekly, null, null, false);
  }

  private static Integer whole(String text) {
    try {
      return blank(text) ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Boolean yes(String answer) {
    return blank(answer) ? null : "yes".equals(answer);
  }

  private static BigDecimal percent(String text, String field, String area, PageErrors errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return BoundedDecimals.parse(text.strip().replace("%", "")).movePointLeft(2);
    } catch (NumberFormatException e) {
      errors.add(
          field,
          "Enter the share of "
              + area.toLowerCase(java.util.Locale.UK)
              + " that family or friends meet as a number from 0 to 100, for example 25");
      return null;
    }
  }

  private static Money money(String text, String field, PageErrors errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return Money.of(BoundedDecimals.parse(text.strip().replace("£", "").replace(",", "")));
    } catch (RuntimeException e) {
      errors.add(field, "Enter an amount in pounds and pence, for example 150.00");
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // Bean accessors for the form binding.

  public String getPersonRef() {
    return personRef;
  }

  public void setPersonRef(String v) {
    personRef = v;
  }

  public DateInput getAssessmentDate() {
    return assessmentDate;
  }

  public void setAssessmentDate(DateInput v) {
    assessmentDate = v;
  }

  public DateInput getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(DateInput v) {
    dateOfBirth = v;
  }

  public String getPrimarySupportReason() {
    return primarySupportReason;
  }

  public void setPrimarySupportReason(String v) {
    primarySupportReason = v;
  }

  public Map<String, String> getNeeds() {
    return needs;
  }

  public void setNeeds(Map<String, String> v) {
    needs = v;
  }

  public Map<String, String> getInformal() {
    return informal;
  }

  public void setInformal(Map<String, String> v) {
    informal = v;
  }

  public String getImpairment() {
    return impairment;
  }

  public void setImpairment(String v) {
    impairment = v;
  }

  public String getSignificantImpact() {
    return significantImpact;
  }

  public void setSignificantImpact(String v) {
    significantImpact = v;
  }

  public List<String> getLimbs() {
    return limbs;
  }

  public void setLimbs(List<String> v) {
    limbs = v;
  }

  public String getCapital() {
    return capital;
  }

  public void setCapital(String v) {
    capital = v;
  }

  public Map<String, String> getIncome() {
    return income;
  }

  public void setIncome(Map<String, String> v) {
    income = v;
  }
}
