package org.openras.engine.directpayment;

import java.time.LocalDate;
import org.openras.engine.money.Money;

/** The account's period as the rules match it: one fact per run. */
public final class Account {
  private final DirectPaymentRequest request;

  Account(DirectPaymentRequest request) {
    this.request = request;
  }

  public boolean isDeceased() {
    return request.deceased();
  }

  public LocalDate getDateOfDeath() {
    return request.dateOfDeath();
  }

  public LocalDate getPeriodEnd() {
    return request.periodEnd();
  }

  public Money getWeeklyPayment() {
    return request.weeklyPayment();
  }

  public Money getClosingBalance() {
    return request.closingBalance();
  }

  public Money getContributionDue() {
    return orZero(request.contributionDue());
  }

  public Money getContributionPaid() {
    return orZero(request.contributionPaid());
  }

  public Money getCouncilPaymentsIn() {
    return orZero(request.councilPaymentsIn());
  }

  public LocalDate getFirstPaymentDate() {
    return request.firstPaymentDate();
  }

  public LocalDate getLastReviewDate() {
    return request.lastReviewDate();
  }

  /** True when neither the first payment nor a review is known: no review date can be given. */
  public boolean isReviewDatesUnknown() {
    return request.firstPaymentDate() == null && request.lastReviewDate() == null;
  }

  /** True when the commitments met come to more than the closing balance (or any overdraft). */
  public boolean commitmentsExceedBalance(Money commitments) {
    return commitments.isGreaterThan(Money.max(Money.ZERO, request.closingBalance()));
  }

  private static Money orZero(Money m) {
    return m == null ? Money.ZERO : m;
  }
}
