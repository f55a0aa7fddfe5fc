package org.openras.service.directpayment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openras.engine.directpayment.DirectPaymentResult;
import org.openras.engine.explain.Reason;
import org.openras.engine.money.Money;
import org.openras.engine.result.AccountReview;
import org.openras.service.calculation.PlainWords;
import org.openras.service.web.Formats;

/**
 * The plain-English letter to the person, or to the representative of a person who has died,
 * explaining the amount (docs/adr/0029): the same words for the HTML page and the PDF. Every figure
 * comes from the review; the rules that produced them are listed with the law, guidance or council
 * decision they rest on, in words ({@link PlainWords#citedWithPublisher}), and the rule-set
 * versions used by their areas and first days; the rule ids stay in the API's letter and the audit
 * record.
 */
public record DirectPaymentLetter(
    String title,
    String accountRef,
    String period,
    List<String> paragraphs,
    List<LetterFigure> figures,
    List<LetterRule> rules,
    String footer) {

  /** One figure of the letter. */
  public record LetterFigure(String label, String amount) {}

  /** One rule that produced the figures, with the documents it cites. */
  public record LetterRule(String id, String sentence, List<String> sources) {}

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  static DirectPaymentLetter of(
      AccountReview review, StatementTable.DirectPaymentDecision decision, PlainWords words) {
    DirectPaymentResult r = review.directPayments();
    boolean died = r.deceased();
    List<String> p = new ArrayList<>();
    String period = day(review.periodStart()) + " to " + day(review.periodEnd());
    if (died) {
      p.add(
          "We are writing about the direct payment account of the person who died on "
              + day(r.dateOfDeath())
              + ". We are sorry for your loss. The direct payment was for their care and support,"
              + " so it ended on the day they died.");
      p.add(
          "Money in the account is first used to pay what was owed for their care up to that day,"
              + " and what is owed to a personal assistant because the employment has ended"
              + " (holiday pay, notice pay and redundancy pay where it is due). We have counted "
              + pounds(r.commitmentsMet())
              + " for these.");
    } else {
      p.add(
          "We have looked at your direct payment account for "
              + period
              + ". Money you still owe for your care (wages, holiday pay, employer's costs and"
              + " invoices) always stays in your account: we counted "
              + pounds(r.commitmentsMet())
              + ".");
      p.add(
          "You can also keep "
              + pounds(r.contingency())
              + " for care you may need later ("
              + r.contingencyWeeks().stripTrailingZeros().toPlainString()
              + " weeks of your payment).");
    }
    if (r.recoverable().isZero()) {
      p.add(
          r.surplus().isZero()
              ? "There is no money left over, so we are not asking for anything back."
              : "There is "
                  + pounds(r.surplus())
                  + " left over, which is less than "
                  + pounds(r.deMinimis())
                  + ", so we are not asking for it back.");
    } else {
      p.add(
          (died
                  ? "After these payments, "
                      + pounds(r.recoverable())
                      + " is left over and is due back to the council from the estate."
                  : "This leaves "
                      + pounds(r.recoverable())
                      + " that you have not needed, which the council will ask to have back.")
              + (r.returnedToEstate().isZero()
                  ? ""
                  : " "
                      + pounds(r.returnedToEstate())
                      + " came from the person's own contributions and is returned to the"
                      + " estate."));
    }
    if (!r.unmetCommitments().isZero()) {
      p.add(
          "The account does not hold enough to pay "
              + pounds(r.unmetCommitments())
              + " of what is owed. Please contact us so that it can be paid.");
    }
    if (!r.contributionArrears().isZero()) {
      p.add(
          pounds(r.contributionArrears())
              + " of the contribution due into the account was not paid in. We will ask for it"
              + " separately.");
    }
    if (decision != null) {
      p.add(
          switch (decision.decision()) {
            case "RECOVER" -> "We have decided to recover " + pounds(decision.amount()) + ".";
            case "WAIVE" ->
                "We have decided not to recover this amount. Our reason: "
                    + decision.reason()
                    + ".";
            default ->
                "We have decided to look at this again later. You do not need to do anything now.";
          });
    }
    p.add(
        "If you think a figure is wrong, or you want to talk about it, please contact us. You can"
            + " ask for a review of this decision.");
    List<LetterFigure> figures = new ArrayList<>();
    figures.add(new LetterFigure("Balance at the end of the period", pounds(r.closingBalance())));
    figures.add(
        new LetterFigure("Owed for care and kept in the account", pounds(r.commitmentsMet())));
    if (!died) {
      figures.add(new LetterFigure("Kept for care you may need later", pounds(r.contingency())));
    }
    figures.add(new LetterFigure("Left over", pounds(r.surplus())));
    if (!r.returnedToEstate().isZero()) {
      figures.add(new LetterFigure("Returned to the estate", pounds(r.returnedToEstate())));
    }
    figures.add(
        new LetterFigure(
            died ? "Due back from the estate" : "Due back to the council",
            pounds(r.recoverable())));
    if (!r.contributionArrears().isZero()) {
      figures.add(new LetterFigure("Contributions not paid in", pounds(r.contributionArrears())));
    }
    List<LetterRule> rules = new ArrayList<>();
    for (Reason reason : review.trace()) {
      List<String> cited =
          words
              .citedWithPublisher(reason.getSource(), reason.getArea(), reason.getVersion())
              .stream()
              .map(PlainWords.Cited::words)
              .toList();
      rules.add(new LetterRule(reason.getRuleId(), reason.getRule(), cited));
    }
    String versions =
        String.join(
            "; ",
            review.ruleSets().stream()
                .map(
                    v ->
                        "the "
                            + Formats.area(v.area())
                            + " in force from "
                            + Formats.date(v.version())
                            + (v.version().length() > 10 ? " (restated)" : ""))
                .toList());
    return new DirectPaymentLetter(
        died
            ? "The direct payment account of a person who has died"
            : "Your direct payment account",
        review.accountRef(),
        period,
        p,
        figures,
        rules,
        "Account reference "
            + review.accountRef()
            + ". Rules used: "
            + versions
            + (decision == null
                ? "."
                : ". Decision recorded as audit record " + decision.auditId() + "."));
  }

  private static String day(LocalDate d) {
    return d == null ? "" : d.format(DAY);
  }

  static String pounds(Money m) {
    return "£" + String.format(Locale.UK, "%,.2f", m.amount());
  }
}
