package org.openras.engine.directpayment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.money.Money;

/**
 * One direct-payment account over one period, as its statement and the council's records give it.
 *
 * @param accountRef a pseudonymous reference of the account, never a name
 * @param councilRef the council whose choices apply; absent, the deployment's default council
 * @param periodStart the first day of the statement period
 * @param periodEnd the last day of the statement period: the rules in force on it apply
 * @param weeklyPayment the weekly direct payment the council makes
 * @param councilPaymentsIn what the council paid into the account in the period
 * @param contributionDue the person's contribution due into the account in the period
 * @param contributionPaid the person's contribution paid into the account in the period
 * @param openingBalance the balance on the period's first day
 * @param spend what left the account in the period
 * @param closingBalance the balance on the period's last day
 * @param commitments outstanding invoices, wages and other liabilities at the period's end
 * @param dateOfDeath the holder's date of death, where there is one
 * @param firstPaymentDate the day the direct payment started, if known
 * @param lastReviewDate the day of the last review of the direct payment, if any
 * @param ruleSetVersions optional pinned version per area
 */
public record DirectPaymentRequest(
    String accountRef,
    String councilRef,
    LocalDate periodStart,
    LocalDate periodEnd,
    Money weeklyPayment,
    Money councilPaymentsIn,
    Money contributionDue,
    Money contributionPaid,
    Money openingBalance,
    Money spend,
    Money closingBalance,
    List<Commitment> commitments,
    LocalDate dateOfDeath,
    LocalDate firstPaymentDate,
    LocalDate lastReviewDate,
    Map<String, String> ruleSetVersions) {

  public DirectPaymentRequest {
    commitments = commitments == null ? List.of() : Collections.unmodifiableList(commitments);
    ruleSetVersions =
        ruleSetVersions == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(ruleSetVersions));
  }

  /** The version pinned for an area, or null. */
  public String pinned(String area) {
    return ruleSetVersions.get(area);
  }

  /** True when the holder has died. */
  public boolean deceased() {
    return dateOfDeath != null;
  }

  /** The same account with other commitments (the properties add one). */
  public DirectPaymentRequest withCommitments(List<Commitment> other) {
    return new DirectPaymentRequest(
        accountRef,
        councilRef,
        periodStart,
        periodEnd,
        weeklyPayment,
        councilPaymentsIn,
        contributionDue,
        contributionPaid,
        openingBalance,
        spend,
        closingBalance,
        other,
        dateOfDeath,
        firstPaymentDate,
        lastReviewDate,
        ruleSetVersions);
  }
}
