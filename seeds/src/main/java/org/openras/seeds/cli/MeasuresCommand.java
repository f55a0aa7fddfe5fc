package org.openras.seeds.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openras.engine.measures.MeasureFigure;
import org.openras.engine.measures.MeasureLibrary;
import org.openras.engine.measures.MeasureReport;
import org.openras.engine.measures.MilestoneCheck;
import org.openras.engine.measures.ReportingPeriod;
import org.openras.engine.measures.ServiceRecord;
import org.openras.seeds.importer.RegisterImporter;
import org.openras.seeds.importer.RegisterMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "measures",
    mixinStandardHelpOptions = true,
    description =
        "Counts the personalisation measures (ASCOF and a council's own) over a council's register,"
            + " period by period, and checks its plan's milestones; prints every bad row by line.")
final class MeasuresCommand implements Callable<Integer> {
  @Option(names = "--register", required = true, description = "The council's CSV export.")
  Path register;

  @Option(names = "--mapping", description = "The column-mapping YAML (absent: OpenRAS's names).")
  Path mapping;

  @Option(names = "--rules", defaultValue = "rules", description = "The rules folder.")
  Path rules;

  @Option(names = "--council", description = "The council whose own measures and plan to use.")
  String council;

  @Option(names = "--from", required = true, description = "The first day (yyyy-MM-dd).")
  LocalDate from;

  @Option(names = "--to", required = true, description = "The last day (yyyy-MM-dd).")
  LocalDate to;

  @Option(
      names = "--period",
      defaultValue = "QUARTER",
      description = "MONTH, QUARTER or YEAR (financial years; quarters from April).")
  ReportingPeriod.Length period;

  @Option(
      names = "--people",
      description = "List the people of this measure id in the last period, with why each counts.")
  String people;

  @Override
  public Integer call() throws Exception {
    RegisterMapping m = mapping == null ? RegisterMapping.plain() : RegisterMapping.load(mapping);
    RegisterImporter.Outcome outcome;
    try (Reader in = Files.newBufferedReader(register, StandardCharsets.UTF_8)) {
      outcome = new RegisterImporter(m).run(in);
    }
    outcome
        .problems()
        .forEach(
            p ->
                System.err.printf("line %d, column '%s': %s%n", p.line(), p.column(), p.problem()));
    System.err.printf(
        "%d rows read, %d lines kept, %d problems%n",
        outcome.rows(), outcome.lines().size(), outcome.problems().size());
    MeasureLibrary library = MeasureLibrary.fromDirectory(rules.toAbsolutePath());
    List<ReportingPeriod> periods = ReportingPeriod.between(from, to, period);
    List<ServiceRecord> lines = outcome.lines();
    MeasureReport report = MeasureReport.run(library, lines, periods, council);
    for (MeasureReport.Row row : report.rows()) {
      System.out.printf("%s (%s)%n", row.title(), row.measure());
      for (int i = 0; i < periods.size(); i++) {
        Optional<MeasureFigure> f = row.figures().get(i);
        System.out.printf(
            "  %-45s %s%n",
            periods.get(i).label(),
            f.map(
                    x ->
                        (x.percent() == null ? "no one counted" : x.percent() + "%")
                            + "  ("
                            + x.numerator()
                            + " of "
                            + x.denominator()
                            + "; "
                            + x.code()
                            + ", "
                            + x.version()
                            + ")")
                .orElse("not defined for this period"));
      }
    }
    for (MilestoneCheck c : report.milestones()) {
      System.out.printf("Milestone \"%s\": %s%n", c.milestone().words(), c.words());
    }
    if (people != null) {
      report
          .figure(people, periods.size() - 1)
          .ifPresent(
              f ->
                  f.people()
                      .forEach(p -> System.out.printf("  %s  %s%n", p.personRef(), p.words())));
    }
    return outcome.problems().isEmpty() ? 0 : 2;
  }
}
