package org.openras.engine.directpayment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openras.engine.money.Money;

/**
 * What the direct-payment rules found for one account and period: each commitment and whether the
 * account meets it, the balance left, the contingency kept, the surplus, what the de-minimis amount
 * leaves, the share returned to a deceased holder's estate, the amount recoverable, unpaid
 * contributions and what is collected of them, and when the next review and return are due.
 *
 * @param council the council's overlay used, or why national defaults apply
 */
public record DirectPaymentResult(
    boolean deceased,
    LocalDate dateOfDeath,
    Money closingBalance,
    List<CommitmentLine> commitments,
    Money commitmentsMet,
    Money unmetCommitments,
    Money availableBalance,
    BigDecimal contingencyWeeks,
    Money contingency,
    Money surplus,
    Money deMinimis,
    Money surplusToRecover,
    Money returnedToEstate,
    Money recoverable,
    Money contributionShortfall,
    Money contributionArrears,
    LocalDate nextReviewDue,
    LocalDate nextReturnDue,
    String council) {

  public DirectPaymentResult {
    commitments = List.copyOf(commitments);
  }

  /** One commitment of the request, in its order, and whether the account meets it. */
  public record CommitmentLine(
      int index, CommitmentKind kind, Money amount, LocalDate relatesTo, boolean met) {}
}
