package org.openras.seeds.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.directpayment.DirectPaymentResult;
import org.openras.engine.result.AccountReview;
import org.openras.seeds.importer.StatementImporter;
import org.openras.seeds.importer.StatementMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openras direct-payments}: reviews a CSV export of direct-payment account statements with
 * the direct-payment rules (docs/adr/0029) and prints, for each account's period, the amount to
 * recover, whether the holder has died, and when the next review and return are due; every bad line
 * is printed with its line and column. Decisions are recorded in the service (its audit trail).
 */
@Command(
    name = "direct-payments",
    mixinStandardHelpOptions = true,
    description =
        "Reviews a CSV export of direct-payment account statements through a column mapping:"
            + " the amount to recover for each account's period; prints every bad line.")
final class DirectPaymentsCommand implements Callable<Integer> {
  @Option(
      names = "--csv",
      required = true,
      description = "The statements export (with a header row).")
  Path csv;

  @Option(names = "--mapping", required = true, description = "The column-mapping YAML.")
  Path mapping;

  @Option(names = "--rules", defaultValue = "rules", description = "The rules folder.")
  Path rules;

  @Option(
      names = "--council",
      description = "The council whose choices apply to lines that name none.")
  String council;

  @Override
  public Integer call() throws Exception {
    StatementImporter.Outcome outcome;
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      outcome = new StatementImporter(StatementMapping.load(mapping)).run(in);
    }
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(rules), council);
    int problems = outcome.problems().size();
    outcome
        .problems()
        .forEach(
            p ->
                System.err.printf("line %d, column '%s': %s%n", p.line(), p.column(), p.problem()));
    System.out.println(
        "line\taccount\tperiodEnd\tdeceased\trecoverable\tcontributionArrears\tnextReviewDue\tnextReturnDue");
    for (StatementImporter.Row row : outcome.taken()) {
      try {
        AccountReview review = engine.reviewAccount(row.request());
        DirectPaymentResult r = review.directPayments();
        System.out.printf(
            "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n",
            row.line(),
            review.accountRef(),
            review.periodEnd(),
            r.deceased() ? "yes" : "no",
            r.recoverable(),
            r.contributionArrears(),
            r.nextReviewDue() == null ? "-" : r.nextReviewDue(),
            r.nextReturnDue() == null ? "-" : r.nextReturnDue());
      } catch (OpenRasException e) {
        problems++;
        System.err.printf("line %d: %s%n", row.line(), e.getMessage());
      }
    }
    System.err.printf(
        "%d rows read, %d reviewed, %d problems%n",
        outcome.rows(), outcome.taken().size(), problems);
    return problems == 0 ? 0 : 2;
  }
}
