package org.openras.seeds.cli;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.forecast.Backtest;
import org.openras.engine.forecast.CostBasis;
import org.openras.engine.forecast.ForecastReport;
import org.openras.engine.forecast.ForecastSpec;
import org.openras.engine.forecast.GroupForecast;
import org.openras.engine.forecast.Realignment;
import org.openras.engine.forecast.RulePricing;
import org.openras.engine.forecast.Transition;
import org.openras.engine.forecast.Transitions;
import org.openras.engine.forecast.YoungPerson;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.seeds.importer.HistoryImporter;
import org.openras.seeds.importer.ImportProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description =
        "Forecasts people and net council cost by client group over the coming financial years"
            + " from a monthly history (linear or log-linear trend chosen by a 12-month backtest,"
            + " with prediction intervals), plus young people arriving from children's services"
            + " costed by the engine; writes forecast.json and forecast.csv (ADR 0031).")
final class ForecastCommand implements Callable<Integer> {
  @Option(names = "--history", required = true, description = "The monthly history (CSV).")
  Path history;

  @Option(names = "--month-column", defaultValue = "month", description = "Month (2025-04).")
  String monthColumn;

  @Option(names = "--group-column", defaultValue = "group", description = "Client group.")
  String groupColumn;

  @Option(names = "--people-column", defaultValue = "people", description = "People supported.")
  String peopleColumn;

  @Option(names = "--cost-column", defaultValue = "net_cost", description = "Net cost, pounds.")
  String costColumn;

  @Option(
      names = "--cost-basis",
      defaultValue = "WEEKLY",
      description = "Whether the cost column is WEEKLY or MONTHLY.")
  CostBasis costBasis;

  @Option(
      names = "--transitions",
      description =
          "Young people (JSON Lines, one per line: personRef, dateOfBirth, group, needs).")
  Path transitions;

  @Option(
      names = "--reference-caseload",
      description =
          "People with their needs (caseload JSON Lines): each group's cost per person is changed by"
              + " the rules in force each year, as the engine costs these people.")
  Path referenceCaseload;

  @Option(
      names = "--priced-on",
      description =
          "The date the history's cost per person stands for (default: the first day of the"
              + " history's last month).")
  java.time.LocalDate pricedOn;

  @Option(names = "--rules", defaultValue = "rules", description = "The rules folder.")
  Path rules;

  @Option(
      names = "--first-year",
      required = true,
      description = "The first forecast financial year (2027: 2027/28).")
  int firstYear;

  @Option(names = "--years", defaultValue = "5", description = "Financial years to forecast.")
  int years;

  @Option(names = "--confidence", defaultValue = "0.95", description = "Interval coverage.")
  double confidence;

  @Option(
      names = "--growth",
      description = "Population growth factor for a year, as 2027=1.02 (repeatable).")
  Map<Integer, BigDecimal> growth = Map.of();

  @Option(
      names = "--inflation",
      description = "Price inflation factor for a year, as 2027=1.03 (repeatable).")
  Map<Integer, BigDecimal> inflation = Map.of();

  @Option(
      names = "--realign",
      description =
          "Move budget between groups every year: FROM:TO:AMOUNT or FROM:TO:PERCENT%, such as"
              + " LEARNING_DISABILITY:MENTAL_HEALTH:5%.")
  String realign;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "The folder for the reports.")
  Path out;

  @Override
  public Integer call() throws Exception {
    HistoryImporter.Result read;
    try (Reader in = Files.newBufferedReader(history, StandardCharsets.UTF_8)) {
      read =
          HistoryImporter.read(
              in,
              new HistoryImporter.Mapping(
                  monthColumn, groupColumn, peopleColumn, costColumn, costBasis));
    }
    List<String> problems = new ArrayList<>();
    for (ImportProblem p : read.problems()) {
      problems.add(
          history.getFileName() + " line " + p.line() + ", " + p.column() + ": " + p.problem());
    }
    List<YoungPerson> cohort = transitions == null ? List.of() : youngPeople(transitions, problems);
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.err.printf("%d problem(s); nothing forecast.%n", problems.size());
      return 2;
    }
    ForecastSpec spec = new ForecastSpec(firstYear, years, confidence, growth, inflation);
    List<CalculationRequest> reference =
        referenceCaseload == null ? List.of() : reference(referenceCaseload, problems);
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.err.printf("%d problem(s); nothing forecast.%n", problems.size());
      return 2;
    }
    OpenRasEngine engine =
        cohort.isEmpty() && reference.isEmpty()
            ? null
            : OpenRasEngine.load(new DirectoryRuleStore(rules.toAbsolutePath()));
    Transition.Cohort costed =
        cohort.isEmpty()
            ? new Transition.Cohort(List.of(), List.of())
            : Transitions.cost(engine, cohort, spec);
    java.time.LocalDate base =
        pricedOn != null
            ? pricedOn
            : read.points().stream()
                .map(p -> p.month().atDay(1))
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
    RulePricing pricing =
        reference.isEmpty() ? RulePricing.none() : RulePricing.of(engine, reference, base, spec);
    ForecastReport report =
        ForecastReport.run(
            read.points(), costed, spec, pricing, realign == null ? null : realignment(realign));
    Files.createDirectories(out);
    Files.writeString(
        out.resolve("forecast.json"),
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n",
        StandardCharsets.UTF_8);
    try (Writer w = Files.newBufferedWriter(out.resolve("forecast.csv"), StandardCharsets.UTF_8)) {
      report.writeCsv(w);
    }
    print(report);
    System.err.printf("Reports in %s%n", out);
    return 0;
  }

  private static void print(ForecastReport r) {
    for (GroupForecast g : r.groups()) {
      Backtest b = g.chosenBacktest();
      System.out.printf(
          Locale.ROOT,
          "%s: %s; backtest MAPE %s, %s of %d held-out months within the interval%n",
          g.group(),
          g.choice(),
          b == null || b.mape() == null ? "none" : String.format(Locale.ROOT, "%.2f%%", b.mape()),
          b == null ? "-" : Integer.toString(b.withinInterval()),
          b == null ? 0 : b.heldOutMonths());
    }
    r.costs()
        .forEach(
            c ->
                System.out.printf(
                    Locale.ROOT,
                    "%d %-28s people %7.1f [%7.1f, %7.1f]  net £%s (caseload £%s, %d arriving,"
                        + " transitions £%s)%n",
                    c.year(),
                    c.group(),
                    c.people().point(),
                    c.people().lower(),
                    c.people().upper(),
                    c.totalNet(),
                    c.caseloadNet(),
                    c.arrivals(),
                    c.transitionsNet()));
    r.totalByYear().forEach((y, m) -> System.out.printf("%d total net council cost £%s%n", y, m));
    r.transitions()
        .notCosted()
        .forEach(
            n ->
                System.out.printf(
                    "not costed: %s (%s): %s%n", n.personRef(), n.arrival(), n.reason()));
    for (Realignment.Effect e : r.realignmentEffects()) {
      System.out.printf(
          "%d re-align £%s: %s budget £%s (%s people), %s budget £%s (%s people)%n",
          e.year(),
          e.moved(),
          r.realignment().from(),
          e.fromBudget(),
          e.fromPeople(),
          r.realignment().to(),
          e.toBudget(),
          e.toPeople());
    }
  }

  private static List<YoungPerson> youngPeople(Path file, List<String> problems)
      throws java.io.IOException {
    List<YoungPerson> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(Json.mapper().readValue(line, YoungPerson.class));
        } catch (RuntimeException e) {
          problems.add(file.getFileName() + " line " + n + ": " + firstLine(e.getMessage()));
        }
      }
    }
    return out;
  }

  private static List<CalculationRequest> reference(Path file, List<String> problems)
      throws java.io.IOException {
    List<CalculationRequest> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(CaseloadLines.parse(line).request());
        } catch (RuntimeException e) {
          problems.add(file.getFileName() + " line " + n + ": " + firstLine(e.getMessage()));
        }
      }
    }
    return out;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot be read";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  static Realignment realignment(String text) {
    String[] parts = text.split(":");
    if (parts.length != 3) {
      throw new IllegalArgumentException("--realign must be FROM:TO:AMOUNT or FROM:TO:PERCENT%");
    }
    PrimarySupportReason from = PrimarySupportReason.valueOf(parts[0].trim());
    PrimarySupportReason to = PrimarySupportReason.valueOf(parts[1].trim());
    String v = parts[2].trim();
    return v.endsWith("%")
        ? new Realignment(from, to, null, new BigDecimal(v.substring(0, v.length() - 1)))
        : new Realignment(from, to, Money.parse(v), null);
  }
}
