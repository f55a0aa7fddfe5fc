package org.openras.seeds.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Turns a council's CSV export into caseload lines through a {@link ColumnMapping}. A row with any
 * problem is not written; every problem is reported with its line. Checks here are about the file's
 * form (a date that is not a date, a code not in the mapping); the rules' own checks (an answer
 * level out of range) are made, and reported by line, when a scenario runs.
 */
public final class CsvImporter {
  private final ColumnMapping mapping;
  private final DateTimeFormatter dates;

  public CsvImporter(ColumnMapping mapping) {
    this.mapping = mapping;
    this.dates = Cell.dates(mapping.dateFormat());
  }

  /** What an import did: rows read, rows written, and the problems of the rows not written. */
  public record Outcome(long rows, long written, List<ImportProblem> problems) {}

  public Outcome run(Reader csv, Writer out, Consumer<ImportProblem> onProblem) throws IOException {
    return run(csv, out, onProblem, Integer.MAX_VALUE);
  }

  /**
   * As {@link #run(Reader, Writer, Consumer)}, but the outcome lists at most {@code kept} problems
   * (every one still goes to {@code onProblem}), so a large file of bad rows is not held in memory.
   */
  public Outcome run(Reader csv, Writer out, Consumer<ImportProblem> onProblem, int kept)
      throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    long rows = 0;
    long written = 0;
    List<ImportProblem> all = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<ImportProblem> missing = missingColumns(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        missing.forEach(onProblem);
        return new Outcome(0, 0, missing);
      }
      for (CSVRecord record : parser) {
        rows++;
        long line = record.getRecordNumber() + 1;
        List<ImportProblem> problems = new ArrayList<>();
        CaseloadEntry entry = entry(record, line, problems);
        if (problems.isEmpty()) {
          out.write(CaseloadLines.write(entry));
          out.write('\n');
          written++;
        } else {
          problems.forEach(onProblem);
          all.addAll(problems.subList(0, Math.min(problems.size(), kept - all.size())));
        }
      }
    }
    return new Outcome(rows, written, all);
  }

  private List<ImportProblem> missingColumns(List<String> header) {
    List<ImportProblem> out = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    for (String field : ColumnMapping.REQUIRED) {
      String column = mapping.columns().get(field);
      if (column == null) {
        out.add(new ImportProblem(1, field, "the mapping names no column for " + field));
      } else {
        wanted.add(column);
      }
    }
    if (mapping.columns().containsKey("actualWeeklyCost")) {
      wanted.add(mapping.columns().get("actualWeeklyCost"));
    }
    wanted.addAll(mapping.needs().values());
    wanted.addAll(mapping.informalSupport().values());
    for (String column : wanted) {
      if (!header.contains(column)) {
        out.add(
            new ImportProblem(1, column, "the mapping names this column but the file has none"));
      }
    }
    return out;
  }

  private CaseloadEntry entry(CSVRecord r, long line, List<ImportProblem> problems) {
    Cell cell = new Cell(r, line, problems);
    String ref = cell.text(mapping.columns().get("personRef"));
    LocalDate assessed = cell.date(mapping.columns().get("assessmentDate"), dates);
    LocalDate born = cell.date(mapping.columns().get("dateOfBirth"), dates);
    PrimarySupportReason psr = reason(cell, mapping.columns().get("primarySupportReason"));
    Map<String, Integer> needs = new LinkedHashMap<>();
    mapping.needs().forEach((domain, column) -> needs.put(domain, cell.level(column)));
    Map<String, BigDecimal> informal = new LinkedHashMap<>();
    mapping
        .informalSupport()
        .forEach(
            (domain, column) -> {
              BigDecimal share = cell.share(column);
              if (share != null && share.signum() != 0) {
                informal.put(domain, share);
              }
            });
    String costColumn = mapping.columns().get("actualWeeklyCost");
    Money actual = costColumn == null ? null : cell.money(costColumn);
    return new CaseloadEntry(
        new CalculationRequest(
            ref, assessed, new PersonDetails(born, psr), needs, informal, Map.of()),
        actual);
  }

  private PrimarySupportReason reason(Cell cell, String column) {
    String value = cell.text(column);
    if (value == null) {
      return null;
    }
    PrimarySupportReason psr = mapping.reason(value);
    if (psr == null) {
      cell.problem(
          column,
          "'"
              + value
              + "' is not a primary support reason the mapping knows; add it under primarySupportReasonCodes");
    }
    return psr;
  }
}
