package org.openras.engine.request;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.openras.engine.money.Money;

/**
 * Checks that do not depend on a rule set: the person reference is pseudonymous in form, dates are
 * present and in a plausible range. Rule-set dependent checks (domains, levels) belong to the
 * areas.
 */
public final class RequestChecks {
  /** Letters, digits, '-', '_' and '.', 1–64 long: a reference, not a name (no spaces). */
  private static final Pattern PERSON_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private RequestChecks() {}

  public static void check(CalculationRequest r, List<FieldError> errors) {
    if (r.personRef() == null || r.personRef().isBlank()) {
      errors.add(new FieldError("personRef", "is required (a pseudonymous reference, not a name)"));
    } else if (!PERSON_REF.matcher(r.personRef()).matches()) {
      errors.add(
          new FieldError(
              "personRef",
              "must be a pseudonymous reference of 1 to 64 letters, digits, '.', '-' or '_' (no"
                  + " spaces: never a name)"));
    }
    if (r.assessmentDate() == null) {
      errors.add(new FieldError("assessmentDate", "is required (yyyy-MM-dd)"));
    } else if (r.assessmentDate().isBefore(EARLIEST) || r.assessmentDate().isAfter(LATEST)) {
      errors.add(
          new FieldError("assessmentDate", "must be between " + EARLIEST + " and " + LATEST));
    }
    if (r.person() == null) {
      errors.add(new FieldError("person", "is required"));
    } else if (r.person().dateOfBirth() != null) {
      LocalDate dob = r.person().dateOfBirth();
      if (dob.isBefore(LocalDate.of(1880, 1, 1))) {
        errors.add(new FieldError("person.dateOfBirth", "must be on or after 1880-01-01"));
      } else if (r.assessmentDate() != null && dob.isAfter(r.assessmentDate())) {
        errors.add(new FieldError("person.dateOfBirth", "is after the assessment date"));
      }
    }
    if (r.needs() == null && r.eligibility() == null && r.finances() == null) {
      errors.add(
          new FieldError(
              "needs",
              "ask for at least one area: give needs (an answer level for each questionnaire"
                  + " domain) for a RAS figure, eligibility for an eligibility decision, or"
                  + " finances for a financial assessment"));
    }
    // Amounts the engine may not use in this request are still checked: nothing wrong is recorded.
    if (r.weeklyCostOfCare() != null && r.weeklyCostOfCare().isNegative()) {
      errors.add(new FieldError("weeklyCostOfCare", "must not be negative (pounds a week)"));
    }
    Money previous = r.previousWeeklyBudget();
    if (previous != null && (previous.isNegative() || previous.isZero())) {
      errors.add(
          new FieldError("previousWeeklyBudget", "must be a positive weekly amount, in pounds"));
    }
    if (r.previousAgreedBudgetId() != null && previous == null) {
      errors.add(
          new FieldError(
              "previousAgreedBudgetId",
              "names an agreed budget whose weekly figure was not read: the service reads it"
                  + " into previousWeeklyBudget; the engine alone cannot"));
    }
    r.ruleSetVersions()
        .forEach(
            (area, version) -> {
              if (version == null || version.isBlank()) {
                errors.add(
                    new FieldError("ruleSetVersions." + area, "give a version or leave it out"));
              }
            });
  }
}
