package org.openras.seeds.cli;

import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.envelope.EnvelopeFiles;
import org.openras.engine.envelope.EnvelopeReport;
import org.openras.engine.envelope.EnvelopeRunner;
import org.openras.engine.envelope.EnvelopeSpec;
import org.openras.engine.money.Money;
import org.openras.engine.scenario.FinancialYear;
import org.openras.engine.scenario.ScenarioCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "envelope",
    mixinStandardHelpOptions = true,
    description =
        "Finds the affordability factor that meets an annual spending target (less a contingency)"
            + " over a caseload and a financial year; writes envelope.json, envelope.html and, when"
            + " a factor is found, the winners-and-losers scenario (report.json, report.html,"
            + " people.csv, problems.csv).")
final class EnvelopeCommand implements Callable<Integer> {
  @Option(names = "--caseload", required = true, description = "The caseload (JSON Lines).")
  Path caseload;

  @Option(names = "--rules", defaultValue = "rules", description = "The rules folder.")
  Path rules;

  @Option(names = "--title", defaultValue = "Budget envelope", description = "The report's title.")
  String title;

  @Option(
      names = "--financial-year",
      required = true,
      description =
          "The financial year starting 1 April of this year (2025: 2025-04-01 to 2026-03-31).")
  int financialYear;

  @Option(
      names = "--target-annual",
      required = true,
      description = "Annual spending target, pounds.")
  String targetAnnual;

  @Option(
      names = "--contingency",
      defaultValue = "0",
      description =
          "Share of the target held back (0.05 = 5%); the factor meets target x (1 - share).")
  BigDecimal contingency;

  @Option(names = "--min", defaultValue = "0.80", description = "Lowest factor allowed.")
  BigDecimal min;

  @Option(names = "--max", defaultValue = "1.20", description = "Highest factor allowed.")
  BigDecimal max;

  @Option(
      names = "--loss-threshold",
      defaultValue = "10.00",
      description = "List people losing more than this a week (pounds).")
  String lossThreshold;

  @Option(names = "--threads", description = "Worker threads (default: every core).")
  Integer threads;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "The folder for the reports.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(out);
    EnvelopeSpec spec =
        new EnvelopeSpec(
            title,
            FinancialYear.of(financialYear),
            Money.parse(targetAnnual),
            contingency,
            min,
            max,
            Money.parse(lossThreshold));
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    EnvelopeRunner runner =
        new EnvelopeRunner(new DirectoryRuleStore(rules.toAbsolutePath()), workers);
    ProgressBar bar = new ProgressBar(System.err, "envelope");
    EnvelopeReport report;
    try (Writer people =
            Files.newBufferedWriter(out.resolve("people.csv"), StandardCharsets.UTF_8);
        Writer problems =
            Files.newBufferedWriter(out.resolve("problems.csv"), StandardCharsets.UTF_8)) {
      report = runner.run(caseload, spec, new ScenarioCsv(people, problems), bar::update);
    }
    EnvelopeFiles.write(report, out);
    System.err.printf("%s: %s%nReports in %s%n", report.status(), report.finding(), out);
    return report.choice() == null ? 2 : 0;
  }
}
