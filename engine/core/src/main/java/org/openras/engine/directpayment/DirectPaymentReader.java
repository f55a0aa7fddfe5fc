package org.openras.engine.directpayment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterRead;

/**
 * Reads the direct-payment figures from the facts the rules left. A figure the rules should have
 * produced and did not, or produced twice, is a fault of the rule set, named as such.
 */
final class DirectPaymentReader {
  private DirectPaymentReader() {}

  static DirectPaymentResult read(
      DirectPaymentRequest request, String council, RuleFacts facts, List<ParameterRead> reads) {
    List<DirectPaymentResult.CommitmentLine> lines = new ArrayList<>();
    for (CommitmentMet m : facts.all(CommitmentMet.class)) {
      lines.add(line(m.getItem(), true));
    }
    for (CommitmentNotMet n : facts.all(CommitmentNotMet.class)) {
      lines.add(line(n.getItem(), false));
    }
    if (lines.size() != request.commitments().size()) {
      throw facts.incomplete(
          "the rules decided "
              + lines.size()
              + " of "
              + request.commitments().size()
              + " commitments");
    }
    lines.sort(Comparator.comparingInt(DirectPaymentResult.CommitmentLine::index));
    Money unmet =
        facts.has(UnmetCommitments.class)
            ? facts.one(UnmetCommitments.class, "unmet commitments").getAmount()
            : Money.ZERO;
    Money returned =
        facts.has(ReturnedToEstate.class)
            ? facts.one(ReturnedToEstate.class, "share returned to the estate").getAmount()
            : Money.ZERO;
    LocalDate review = null;
    LocalDate ret = null;
    for (DueDate d : facts.all(DueDate.class)) {
      if (d.getWhat().equals(DueDate.REVIEW)) {
        review = facts.first(review, d.getDate(), "review date");
      } else if (d.getWhat().equals(DueDate.RETURN)) {
        ret = facts.first(ret, d.getDate(), "return date");
      }
    }
    if (!request.deceased()) {
      facts.required(ret, "date the next return is due");
    }
    return new DirectPaymentResult(
        request.deceased(),
        request.dateOfDeath(),
        request.closingBalance(),
        lines,
        facts.one(CommitmentsTotal.class, "total of the commitments met").getAmount(),
        unmet,
        facts.one(AvailableBalance.class, "available balance").getAmount(),
        request.deceased() ? null : decimal(reads, "contingencyWeeks"),
        facts.one(Contingency.class, "contingency").getAmount(),
        facts.one(Surplus.class, "surplus").getAmount(),
        money(reads, "deMinimis"),
        facts.one(SurplusToRecover.class, "surplus to recover").getAmount(),
        returned,
        facts.one(Recoverable.class, "recoverable amount").getAmount(),
        facts.one(ContributionShortfall.class, "contribution shortfall").getAmount(),
        facts.one(ContributionArrears.class, "contribution arrears to collect").getAmount(),
        review,
        ret,
        council);
  }

  private static DirectPaymentResult.CommitmentLine line(CommitmentItem item, boolean met) {
    return new DirectPaymentResult.CommitmentLine(
        item.getIndex(), item.getKind(), item.getAmount(), item.getRelatesTo(), met);
  }

  private static BigDecimal decimal(List<ParameterRead> reads, String name) {
    return reads.stream()
        .filter(r -> r.name().equals(name))
        .map(r -> new BigDecimal(r.value()))
        .findFirst()
        .orElse(null);
  }

  private static Money money(List<ParameterRead> reads, String name) {
    return reads.stream()
        .filter(r -> r.name().equals(name))
        .map(r -> Money.parse(r.value()))
        .findFirst()
        .orElse(null);
  }
}
