package org.openras.engine.directpayment;

import java.util.List;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;

/**
 * Checks one account's period before any rule runs, naming every bad field: what must be there,
 * amounts that cannot be negative, the period's days, a date of death inside or before the period,
 * and that the statement adds up (opening balance, plus what was paid in, less the spend, is the
 * closing balance), so a mistyped figure in an import is found here, not in a letter.
 */
public final class DirectPaymentChecks {
  private DirectPaymentChecks() {}

  public static void check(DirectPaymentRequest r, List<FieldError> errors) {
    if (r.accountRef() == null || r.accountRef().isBlank()) {
      errors.add(new FieldError("accountRef", "give the account's pseudonymous reference"));
    }
    if (r.periodStart() == null) {
      errors.add(new FieldError("periodStart", "give the first day of the statement period"));
    }
    if (r.periodEnd() == null) {
      errors.add(new FieldError("periodEnd", "give the last day of the statement period"));
    }
    if (r.periodStart() != null
        && r.periodEnd() != null
        && r.periodEnd().isBefore(r.periodStart())) {
      errors.add(new FieldError("periodEnd", "must not be before periodStart"));
    }
    required(r.weeklyPayment(), "weeklyPayment", errors);
    notNegative(r.weeklyPayment(), "weeklyPayment", errors);
    required(r.closingBalance(), "closingBalance", errors);
    notNegative(r.councilPaymentsIn(), "councilPaymentsIn", errors);
    notNegative(r.contributionDue(), "contributionDue", errors);
    notNegative(r.contributionPaid(), "contributionPaid", errors);
    notNegative(r.spend(), "spend", errors);
    for (int i = 0; i < r.commitments().size(); i++) {
      Commitment c = r.commitments().get(i);
      String at = "commitments[" + i + "]";
      if (c == null) {
        errors.add(new FieldError(at, "give the commitment's kind and amount"));
        continue;
      }
      if (c.kind() == null) {
        errors.add(new FieldError(at + ".kind", "give one of " + List.of(CommitmentKind.values())));
      }
      if (c.amount() == null) {
        errors.add(new FieldError(at + ".amount", "give the amount owed"));
      } else if (c.amount().isNegative()) {
        errors.add(new FieldError(at + ".amount", "must not be negative"));
      }
    }
    if (r.dateOfDeath() != null
        && r.periodEnd() != null
        && r.dateOfDeath().isAfter(r.periodEnd())) {
      errors.add(
          new FieldError(
              "dateOfDeath",
              "is after the period's end: the period's statement is of a living holder"));
    }
    addsUp(r, errors);
  }

  private static void addsUp(DirectPaymentRequest r, List<FieldError> errors) {
    if (r.openingBalance() == null
        || r.councilPaymentsIn() == null
        || r.contributionPaid() == null
        || r.spend() == null
        || r.closingBalance() == null) {
      return;
    }
    Money expected =
        r.openingBalance().plus(r.councilPaymentsIn()).plus(r.contributionPaid()).minus(r.spend());
    if (expected.compareTo(r.closingBalance()) != 0) {
      errors.add(
          new FieldError(
              "closingBalance",
              "does not add up: opening balance "
                  + r.openingBalance()
                  + " + council payments "
                  + r.councilPaymentsIn()
                  + " + contributions paid "
                  + r.contributionPaid()
                  + " - spend "
                  + r.spend()
                  + " = "
                  + expected));
    }
  }

  private static void required(Money m, String field, List<FieldError> errors) {
    if (m == null) {
      errors.add(new FieldError(field, "give the amount"));
    }
  }

  private static void notNegative(Money m, String field, List<FieldError> errors) {
    if (m != null && m.isNegative()) {
      errors.add(new FieldError(field, "must not be negative"));
    }
  }
}
