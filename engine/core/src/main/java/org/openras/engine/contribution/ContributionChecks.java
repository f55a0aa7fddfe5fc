package org.openras.engine.contribution;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.Finances;
import org.openras.engine.request.Household;

/**
 * Checks a request's finances before a financial assessment: amounts present and not negative,
 * income types the rule set knows, the date of birth the MIG needs, a partner's date of birth for a
 * couple, and a cost of care (the plan's, or needs for an indicative budget).
 */
final class ContributionChecks {
  /** The Care Act 2014 Part 1 charges adults: people aged 18 or over. */
  static final int ADULT_AGE = 18;

  private ContributionChecks() {}

  static void check(CalculationRequest r, Set<String> incomeTypes, List<FieldError> errors) {
    Finances f = r.finances();
    notNegative("finances.capital", f.capital(), errors);
    notNegative("finances.otherProperty", f.otherProperty(), errors);
    notNegative("finances.mainHome", f.mainHome(), errors);
    f.weeklyIncome()
        .forEach(
            (type, amount) -> {
              String field = "finances.weeklyIncome." + type;
              if (!incomeTypes.contains(type)) {
                errors.add(
                    new FieldError(field, "unknown income type; the types are " + incomeTypes));
              }
              required(field, amount, errors);
            });
    f.housingCosts()
        .costs()
        .forEach((k, v) -> notNegative("finances.housingCosts." + k, v, errors));
    f.housingCosts().help().forEach((k, v) -> notNegative("finances.housingCosts." + k, v, errors));
    f.disabilityRelatedExpenditure()
        .forEach((k, v) -> required("finances.disabilityRelatedExpenditure." + k, v, errors));
    if (r.weeklyCostOfCare() == null && r.needs() == null) {
      errors.add(
          new FieldError(
              "weeklyCostOfCare",
              "give the agreed plan's weekly cost of care, or needs for an indicative budget: the"
                  + " contribution is capped at the cost of care"));
    }
    person(r, errors);
  }

  private static void person(CalculationRequest r, List<FieldError> errors) {
    LocalDate date = r.assessmentDate();
    if (r.person() == null || r.person().dateOfBirth() == null) {
      errors.add(
          new FieldError(
              "person.dateOfBirth",
              "is required for a financial assessment: the Minimum Income Guarantee depends on"
                  + " age"));
      return;
    }
    if (date != null && Period.between(r.person().dateOfBirth(), date).getYears() < ADULT_AGE) {
      errors.add(
          new FieldError(
              "person.dateOfBirth",
              "the person is under " + ADULT_AGE + " on the assessment date; adults only"));
    }
    Household h = r.person().household();
    if (h.dependentChildren() < 0) {
      errors.add(new FieldError("person.household.dependentChildren", "must be 0 or more"));
    }
    if (h.type() == Household.HouseholdType.COUPLE && h.partnerDateOfBirth() == null) {
      errors.add(
          new FieldError(
              "person.household.partnerDateOfBirth",
              "is required for a couple: the couple rate depends on either partner's age"));
    } else if (h.partnerDateOfBirth() != null
        && date != null
        && h.partnerDateOfBirth().isAfter(date)) {
      errors.add(
          new FieldError("person.household.partnerDateOfBirth", "is after the assessment date"));
    }
  }

  private static void required(String field, Money amount, List<FieldError> errors) {
    if (amount == null) {
      errors.add(new FieldError(field, "give a weekly amount in pounds, such as \"12.50\""));
    } else {
      notNegative(field, amount, errors);
    }
  }

  private static void notNegative(String field, Money amount, List<FieldError> errors) {
    if (amount != null && amount.isNegative()) {
      errors.add(new FieldError(field, "must not be negative (" + amount + ")"));
    }
  }

  /** The income types the version knows on the date: the keys of {@code incomeTreatment}. */
  static Set<String> incomeTypes(Map<String, ?> treatments) {
    return new java.util.TreeSet<>(treatments.keySet());
  }
}
