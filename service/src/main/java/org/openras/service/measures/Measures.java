package org.openras.service.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openras.engine.measures.MeasureFigure;
import org.openras.engine.measures.MeasureLibrary;
import org.openras.engine.measures.MeasureReport;
import org.openras.engine.measures.ReportingPeriod;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.seeds.importer.RegisterImporter;
import org.openras.seeds.importer.RegisterMapping;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;

/**
 * What the API and the pages share: a register read through its mapping and kept, and the measures
 * counted over it. No measure logic here: the counting is the engine's.
 */
@Service
class Measures {
  /** Periods in one report at most (ten years of months). */
  static final int MAX_PERIODS = 120;

  private final RegisterStore registers;
  private final MeasureLibrary library;

  Measures(RegisterStore registers, MeasureLibrary library) {
    this.registers = registers;
    this.library = library;
  }

  MeasureLibrary library() {
    return library;
  }

  RegisterStore registers() {
    return registers;
  }

  /** The outcome of keeping a register: what was kept and the rows left out, by line. */
  record Kept(RegisterStore.Register register, long rows, List<Problem> problems)
      implements java.io.Serializable {}

  /** A row left out: its line in the file, the council's column, and why. */
  record Problem(long line, String column, String problem) implements java.io.Serializable {}

  /**
   * Reads the export through the mapping (absent: OpenRAS's own column names) and keeps the good
   * lines.
   *
   * @throws InvalidRequestException naming {@code mapping} when the mapping is not a mapping
   * @throws RegisterImportException when no line can be kept
   */
  Kept keep(String name, InputStream csv, InputStream mapping, String user) throws IOException {
    RegisterMapping m;
    try {
      m =
          mapping == null
              ? RegisterMapping.plain()
              : RegisterMapping.read(new String(mapping.readAllBytes(), StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      throw new InvalidRequestException(
          List.of(new FieldError("mapping", "is not a column mapping: " + e.getOriginalMessage())));
    }
    if (m == null) {
      throw new InvalidRequestException(List.of(new FieldError("mapping", "is empty")));
    }
    RegisterImporter.Outcome o;
    try (Reader in = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
      o = new RegisterImporter(m).run(in);
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new InvalidRequestException(
          List.of(new FieldError("csv", "is not a CSV file with a header row: " + e.getMessage())));
    }
    List<Problem> problems =
        o.problems().stream().map(p -> new Problem(p.line(), p.column(), p.problem())).toList();
    if (o.lines().isEmpty()) {
      throw new RegisterImportException(
          "No line of the export could be kept: " + problems.size() + " problem(s).",
          o.rows(),
          o.problems());
    }
    String title = name == null || name.isBlank() ? "Register" : name.strip();
    if (title.length() > 200) {
      throw new InvalidRequestException(
          List.of(new FieldError("name", "is longer than 200 characters")));
    }
    RegisterStore.Register r = registers.keep(title, o.lines(), o.rows() - o.lines().size(), user);
    return new Kept(r, o.rows(), problems);
  }

  /** The question of a report: the periods and the council. */
  record Query(LocalDate from, LocalDate to, ReportingPeriod.Length length, String council) {}

  /**
   * The query's periods, or every problem with it named by field.
   *
   * @throws InvalidRequestException naming from, to, period or council
   */
  List<ReportingPeriod> periods(Query q) {
    List<FieldError> errors = new ArrayList<>();
    if (q.from() == null) {
      errors.add(new FieldError("from", "is missing: give the first day, as yyyy-mm-dd"));
    }
    if (q.to() == null) {
      errors.add(new FieldError("to", "is missing: give the last day, as yyyy-mm-dd"));
    }
    if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
      errors.add(new FieldError("to", "is before from"));
    }
    if (q.council() != null && !library.councils().contains(q.council())) {
      errors.add(
          new FieldError(
              "council",
              "has no measures or plan; councils: " + String.join(", ", library.councils())));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    List<ReportingPeriod> periods = ReportingPeriod.between(q.from(), q.to(), q.length());
    if (periods.size() > MAX_PERIODS) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "period",
                  "gives "
                      + periods.size()
                      + " periods; ask for at most "
                      + MAX_PERIODS
                      + " (longer periods, or a shorter span)")));
    }
    return periods;
  }

  MeasureReport report(String registerId, Query q) {
    List<ReportingPeriod> periods = periods(q);
    return MeasureReport.run(library, registers.lines(registerId), periods, q.council());
  }

  /**
   * One measure for the period of {@code length} holding {@code day}, person by person.
   *
   * @throws InvalidRequestException naming measure when it is not defined for that period
   */
  MeasureFigure people(
      String registerId,
      String measure,
      LocalDate day,
      ReportingPeriod.Length length,
      String council) {
    List<FieldError> errors = new ArrayList<>();
    if (day == null) {
      errors.add(new FieldError("day", "is missing: give a day of the period, as yyyy-mm-dd"));
    }
    if (council != null && !library.councils().contains(council)) {
      errors.add(new FieldError("council", "has no measures or plan"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    ReportingPeriod p = ReportingPeriod.containing(day, length);
    var defined = library.definition(measure, p.end(), council);
    if (defined.isEmpty()) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "measure",
                  "'"
                      + measure
                      + "' is not defined for a period ending "
                      + p.end()
                      + "; measures: "
                      + String.join(", ", library.measureIds(council)))));
    }
    return org.openras.engine.measures.MeasureCalculator.count(
        defined.get(), registers.lines(registerId), p);
  }
}
