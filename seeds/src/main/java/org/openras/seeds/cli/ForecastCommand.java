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
import org.openras.engine.forecast.EnvelopeTargets;
import org.openras.engine.forecast.ForecastReport;
import org.openras.engine.forecast.ForecastSpec;
import org.openras.engine.forecast.GroupForecast;
import org.openras.engine.forecast.HistoryPoint;
import org.openras.engine.forecast.PolicyChoice;
import org.openras.engine.forecast.PolicyComparison;
import org.openras.engine.forecast.PolicyCosting;
import org.openras.engine.forecast.Realignment;
import org.openras.engine.forecast.SnapshotHistory;
import org.openras.engine.forecast.YearEnvelope;
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
            + " from a monthly history (CSV, or dated caseload snapshots costed by the engine;"
            + " linear or log-linear trend chosen by a 12-month backtest, with prediction"
            + " intervals), plus young people arriving from children's services costed by the"
            + " engine; optionally costed under a candidate policy choice beside the baseline, and"
            + " the budget envelope per year; writes forecast.json and forecast.csv, and"
            + " forecast-comparison.csv and forecast-envelopes.csv when asked (ADR 0031).")
final class ForecastCommand implements Callable<Integer> {
  @Option(
      names = "--history",
      description = "The monthly history (CSV); or give --snapshot instead.")
  Path history;

  @Option(
      names = "--snapshot",
      description =
          "A dated caseload snapshot (caseload JSON Lines) as DATE=FILE, such as"
              + " 2026-04-30=april.jsonl (repeatable, one a month): each is costed by the engine"
              + " on its date and gives that month's people and weekly net cost by client group;"
              + " instead of --history.")
  Map<java.time.LocalDate, Path> snapshots = new java.util.LinkedHashMap<>();

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
      names = "--baseline-pin",
      description = "area=version pinned for the baseline policy choice (repeatable).")
  Map<String, String> baselinePins = Map.of();

  @Option(
      names = "--baseline-override",
      description = "A baseline parameter override, e.g. ras:pricePerPoint*1.03 (repeatable).")
  List<String> baselineOverrides = List.of();

  @Option(
      names = "--candidate-rules",
      description =
          "The rules folder of the candidate policy choice (default: --rules), such as one"
              + " holding a draft version.")
  Path candidateRules;

  @Option(
      names = "--candidate-pin",
      description =
          "area=version pinned for the candidate policy choice, such as a draft (repeatable).")
  Map<String, String> candidatePins = Map.of();

  @Option(
      names = "--candidate-override",
      description =
          "A candidate parameter override, e.g. ras:pricePerPoint*1.03@age>=65 (repeatable).")
  List<String> candidateOverrides = List.of();

  @Option(
      names = "--candidate-label",
      defaultValue = "candidate",
      description = "The candidate's name in the reports.")
  String candidateLabel;

  @Option(
      names = "--envelope",
      description =
          "A budget envelope for a year, as 2027=42000000.00 (repeatable): the affordability"
              + " factor that brings the year's forecast net cost to it less contingency.")
  Map<Integer, String> envelope = Map.of();

  @Option(
      names = "--contingency",
      defaultValue = "0",
      description = "The share of each envelope held back, such as 0.05.")
  BigDecimal contingency;

  @Option(
      names = "--lowest-factor",
      defaultValue = "0.80",
      description = "The lowest affordability factor allowed.")
  BigDecimal lowestFactor;

  @Option(
      names = "--highest-factor",
      defaultValue = "1.20",
      description = "The highest affordability factor allowed.")
  BigDecimal highestFactor;

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
    if ((history == null) == snapshots.isEmpty()) {
      System.err.println("Give either --history or --snapshot (one or more), not both.");
      return 2;
    }
    boolean candidate =
        candidateRules != null || !candidatePins.isEmpty() || !candidateOverrides.isEmpty();
    List<String> problems = new ArrayList<>();
    HistoryImporter.Result read = null;
    if (history != null) {
      try (Reader in = Files.newBufferedReader(history, StandardCharsets.UTF_8)) {
        read =
            HistoryImporter.read(
                in,
                new HistoryImporter.Mapping(
                    monthColumn, groupColumn, peopleColumn, costColumn, costBasis));
      }
      for (ImportProblem p : read.problems()) {
        problems.add(
            history.getFileName() + " line " + p.line() + ", " + p.column() + ": " + p.problem());
      }
    }
    Map<java.time.LocalDate, List<CalculationRequest>> snapshotLines = new java.util.TreeMap<>();
    for (Map.Entry<java.time.LocalDate, Path> e : snapshots.entrySet()) {
      snapshotLines.put(e.getKey(), reference(e.getValue(), problems));
    }
    List<YoungPerson> cohort = transitions == null ? List.of() : youngPeople(transitions, problems);
    List<CalculationRequest> reference =
        referenceCaseload == null ? List.of() : reference(referenceCaseload, problems);
    PolicyChoice baseline =
        new PolicyChoice("baseline", rules.toString(), baselinePins, baselineOverrides);
    PolicyChoice other =
        candidate
            ? new PolicyChoice(
                candidateLabel,
                (candidateRules == null ? rules : candidateRules).toString(),
                candidatePins,
                candidateOverrides)
            : null;
    if (candidate && reference.isEmpty() && cohort.isEmpty()) {
      problems.add(
          "A candidate policy choice needs --reference-caseload or --transitions: without people"
              + " with needs the engine cannot cost the forecast under it.");
    }
    if (!envelope.isEmpty() && reference.isEmpty()) {
      problems.add(
          "--envelope needs --reference-caseload: the affordability factor acts on budgets the"
              + " engine calculates for people with needs.");
    }
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.err.printf("%d problem(s); nothing forecast.%n", problems.size());
      return 2;
    }
    ForecastSpec spec = new ForecastSpec(firstYear, years, confidence, growth, inflation);
    OpenRasEngine engine =
        cohort.isEmpty() && reference.isEmpty() && snapshotLines.isEmpty()
            ? null
            : OpenRasEngine.load(new DirectoryRuleStore(rules.toAbsolutePath()));
    List<HistoryPoint> points;
    if (read != null) {
      points = read.points();
    } else {
      List<SnapshotHistory.Snapshot> costedSnapshots = new ArrayList<>();
      for (Map.Entry<java.time.LocalDate, List<CalculationRequest>> e : snapshotLines.entrySet()) {
        SnapshotHistory.Snapshot s = SnapshotHistory.cost(engine, e.getKey(), e.getValue());
        System.err.printf(
            "snapshot %s: %d people costed, %d without a client group, %d not costed%n",
            s.date(), s.people(), s.withoutGroup(), s.notCosted());
        costedSnapshots.add(s);
      }
      points = SnapshotHistory.history(costedSnapshots).points();
    }
    java.time.LocalDate base =
        pricedOn != null
            ? pricedOn
            : points.stream()
                .map(p -> p.month().atDay(1))
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
    ForecastReport report;
    try {
      PolicyCosting baselineCosting =
          PolicyCosting.of(baseline, engine, engine, reference, base, cohort, spec);
      PolicyCosting candidateCosting = null;
      if (candidate) {
        OpenRasEngine candidateEngine =
            candidateRules == null
                ? engine
                : OpenRasEngine.load(new DirectoryRuleStore(candidateRules.toAbsolutePath()));
        candidateCosting =
            PolicyCosting.of(other, candidateEngine, engine, reference, base, cohort, spec);
      }
      EnvelopeTargets targets = null;
      if (!envelope.isEmpty()) {
        Map<Integer, Money> t = new java.util.TreeMap<>();
        envelope.forEach((y, amount) -> t.put(y, Money.parse(amount)));
        targets = new EnvelopeTargets(t, contingency, lowestFactor, highestFactor);
      }
      report =
          ForecastReport.run(
              points,
              spec,
              baselineCosting,
              candidateCosting,
              realign == null ? null : realignment(realign),
              targets);
    } catch (org.openras.engine.OpenRasException | IllegalArgumentException e) {
      // A pin no version answers, a bad envelope year or range, a history the trend cannot use.
      System.err.println(firstLine(e.getMessage()));
      System.err.println("Nothing forecast.");
      return 2;
    }
    Files.createDirectories(out);
    Files.writeString(
        out.resolve("forecast.json"),
        // Members without a value left out, as the service keeps and sends it (docs/adr/0023).
        Json.compact().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n",
        StandardCharsets.UTF_8);
    try (Writer w = Files.newBufferedWriter(out.resolve("forecast.csv"), StandardCharsets.UTF_8)) {
      report.writeCsv(w);
    }
    if (report.comparison() != null) {
      try (Writer w =
          Files.newBufferedWriter(out.resolve("forecast-comparison.csv"), StandardCharsets.UTF_8)) {
        report.writeComparisonCsv(w);
      }
    }
    if (!report.envelopes().isEmpty()) {
      try (Writer w =
          Files.newBufferedWriter(out.resolve("forecast-envelopes.csv"), StandardCharsets.UTF_8)) {
        report.writeEnvelopesCsv(w);
      }
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
    if (r.comparison() != null) {
      PolicyComparison c = r.comparison();
      for (PolicyComparison.Total t : c.totals()) {
        System.out.printf(
            "%d %s £%s, %s £%s, difference £%s%n",
            t.year(),
            c.baseline().label(),
            t.baselineNet(),
            c.candidate().label(),
            t.candidateNet(),
            t.difference());
      }
    }
    for (YearEnvelope e : r.envelopes()) {
      System.out.printf("%d envelope %s: %s%n", e.year(), e.status(), e.finding());
    }
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
