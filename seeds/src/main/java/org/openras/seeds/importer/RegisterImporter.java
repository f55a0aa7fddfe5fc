package org.openras.seeds.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openras.engine.measures.BudgetManagement;
import org.openras.engine.measures.ClientType;
import org.openras.engine.measures.ServiceRecord;
import org.openras.engine.measures.SupportSetting;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Turns a council's CSV export of people receiving long-term support into register lines through a
 * {@link RegisterMapping}, as {@link CsvImporter} does for caseloads: a row with any problem is
 * left out, and every problem is reported with its line and column.
 */
public final class RegisterImporter {
  private final RegisterMapping mapping;
  private final DateTimeFormatter dates;

  public RegisterImporter(RegisterMapping mapping) {
    this.mapping = mapping;
    this.dates = Cell.dates(mapping.dateFormat());
  }

  /** What an import read: the rows, the lines kept, and the problems of the rows left out. */
  public record Outcome(long rows, List<ServiceRecord> lines, List<ImportProblem> problems) {}

  public Outcome run(Reader csv) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<ServiceRecord> lines = new ArrayList<>();
    List<ImportProblem> all = new ArrayList<>();
    long rows = 0;
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<ImportProblem> missing = missingColumns(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        return new Outcome(0, List.of(), missing);
      }
      for (CSVRecord record : parser) {
        rows++;
        List<ImportProblem> problems = new ArrayList<>();
        ServiceRecord r = line(record, record.getRecordNumber() + 1, problems);
        if (problems.isEmpty()) {
          lines.add(r);
        } else {
          all.addAll(problems);
        }
      }
    }
    return new Outcome(rows, List.copyOf(lines), List.copyOf(all));
  }

  private List<ImportProblem> missingColumns(List<String> header) {
    List<ImportProblem> out = new ArrayList<>();
    for (String field : RegisterMapping.REQUIRED) {
      String column = mapping.columns().get(field);
      if (column == null) {
        out.add(new ImportProblem(1, field, "the mapping names no column for " + field));
      } else if (!header.contains(column)) {
        out.add(
            new ImportProblem(1, column, "the mapping names this column but the file has none"));
      }
    }
    for (String field : RegisterMapping.OPTIONAL) {
      String column = mapping.columns().get(field);
      if (column != null && !header.contains(column) && !mapping.equals(RegisterMapping.plain())) {
        out.add(
            new ImportProblem(1, column, "the mapping names this column but the file has none"));
      }
    }
    return out;
  }

  private ServiceRecord line(CSVRecord r, long line, List<ImportProblem> problems) {
    Cell cell = new Cell(r, line, problems);
    Map<String, String> c = mapping.columns();
    String ref = cell.text(c.get("personRef"));
    LocalDate born = cell.date(c.get("dateOfBirth"), dates);
    BudgetManagement way =
        code(cell, c.get("management"), mapping.managementCodes(), "managementCodes", true);
    LocalDate start = cell.date(c.get("start"), dates);
    ClientType type =
        code(cell, c.get("clientType"), mapping.clientTypeCodes(), "clientTypeCodes", false);
    SupportSetting setting =
        code(cell, c.get("setting"), mapping.settingCodes(), "settingCodes", false);
    PrimarySupportReason group =
        code(
            cell,
            c.get("clientGroup"),
            mapping.primarySupportReasonCodes(),
            "primarySupportReasonCodes",
            false);
    LocalDate end = null;
    String endColumn = c.get("end");
    if (endColumn != null && !optional(r, endColumn).isEmpty()) {
      end = cell.date(endColumn, dates);
    }
    if (type == null) {
      type = ClientType.SERVICE_USER;
    }
    if (setting == null) {
      setting = SupportSetting.COMMUNITY;
    }
    if (start != null && end != null && end.isBefore(start)) {
      cell.problem(endColumn, "ends before it starts (" + start + ")");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new ServiceRecord(ref, type, group, born, setting, way, start, end);
  }

  private static String optional(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
  }

  private static <E> E code(
      Cell cell, String column, Map<String, E> codes, String section, boolean required) {
    if (column == null) {
      return null;
    }
    String value = required ? cell.text(column) : cell.optional(column);
    if (value == null || value.isEmpty()) {
      return null;
    }
    E e = codes.get(RegisterMapping.key(value));
    if (e == null) {
      cell.problem(
          column, "'" + value + "' is not a value the mapping knows; add it under " + section);
    }
    return e;
  }
}
