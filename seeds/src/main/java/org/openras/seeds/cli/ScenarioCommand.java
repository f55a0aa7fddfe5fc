package org.openras.seeds.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.money.Money;
import org.openras.engine.params.Overrides;
import org.openras.engine.scenario.FinancialYear;
import org.openras.engine.scenario.ScenarioOutputs;
import org.openras.engine.scenario.ScenarioReport;
import org.openras.engine.scenario.ScenarioRunner;
import org.openras.engine.scenario.ScenarioSide;
import org.openras.engine.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description =
        "Runs a caseload under a baseline and a candidate; writes report.json, report.html, people.csv and problems.csv.")
final class ScenarioCommand implements Callable<Integer> {
  @Option(names = "--caseload", required = true, description = "The caseload (JSON Lines).")
  Path caseload;

  @Option(names = "--rules", defaultValue = "rules", description = "The rules folder.")
  Path rules;

  @Option(names = "--title", defaultValue = "Scenario", description = "The report's title.")
  String title;

  @Option(
      names = "--baseline-date",
      description = "Calculate the baseline on this date (default: each person's assessment date).")
  LocalDate baselineDate;

  @Option(names = "--baseline-pin", description = "area=version pinned for the baseline.")
  Map<String, String> baselinePins = Map.of();

  @Option(
      names = "--candidate-date",
      description =
          "Calculate the candidate on this date (default: the baseline's; with --financial-year,"
              + " apportioned over the year).")
  LocalDate candidateDate;

  @Option(
      names = "--candidate-pin",
      description = "area=version pinned for the candidate (a draft or other version).")
  Map<String, String> candidatePins = Map.of();

  @Option(
      names = "--override",
      description = "A candidate override, e.g. ras:pricePerPoint*1.03@age>=65 (repeatable).")
  List<String> overrides = List.of();

  @Option(
      names = "--loss-threshold",
      defaultValue = "10.00",
      description = "List people losing more than this a week (pounds).")
  String lossThreshold;

  @Option(
      names = "--financial-year",
      description =
          "Cost the financial year starting 1 April of this year (2025: 2025-04-01 to 2026-03-31):"
              + " a side without a date is calculated on each period where the rules in force"
              + " differ and apportioned by days; a side with a date is costed on that date's"
              + " rules all year.")
  Integer financialYear;

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
    ScenarioSide baseline =
        new ScenarioSide("baseline", baselineDate, baselinePins, Overrides.NONE);
    ScenarioSide candidate =
        new ScenarioSide(
            "candidate",
            candidateDate == null && financialYear == null ? baselineDate : candidateDate,
            candidatePins,
            Overrides.parse(overrides));
    ScenarioSpec spec =
        new ScenarioSpec(
            title,
            baseline,
            candidate,
            Money.parse(lossThreshold),
            0,
            financialYear == null ? null : FinancialYear.of(financialYear));
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(rules.toAbsolutePath()));
    ScenarioRunner runner =
        threads == null ? new ScenarioRunner(engine) : new ScenarioRunner(engine, threads);
    ProgressBar bar = new ProgressBar(System.err, "scenario");
    ScenarioReport report = ScenarioOutputs.run(runner, caseload, spec, out, bar::update);
    bar.finish(report.caseload().lines());
    System.err.printf(
        "%d people calculated, %d lines with problems; weekly net change %s; reports in %s%n",
        report.caseload().calculated(),
        report.caseload().linesWithProblems(),
        report.totals().weeklyNetChange(),
        out);
    return 0;
  }
}
