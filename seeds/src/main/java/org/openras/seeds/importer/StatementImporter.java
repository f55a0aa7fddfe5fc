package org.openras.seeds.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openras.engine.directpayment.Commitment;
import org.openras.engine.directpayment.CommitmentKind;
import org.openras.engine.directpayment.DirectPaymentChecks;
import org.openras.engine.directpayment.DirectPaymentRequest;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;

/**
 * Turns a CSV export of direct-payment account statements into one review request per row, through
 * a {@link StatementMapping} (as {@link CsvImporter} does for caseloads). A row with any problem is
 * not taken; every problem is named with its line and the export's column: a cell that is not a
 * date or an amount, a required cell that is empty, and what the engine's own checks find (a
 * statement that does not add up, a date of death after the period), so nothing half-read is
 * stored. Problems never quote a whole row (it can hold personal data).
 */
public final class StatementImporter {
  private final StatementMapping mapping;
  private final DateTimeFormatter dates;

  public StatementImporter(StatementMapping mapping) {
    this.mapping = mapping;
    // Strict: 31/09/2026 is not a date (the lenient default would read it as 30 September).
    this.dates =
        mapping.dateFormat() == null
            ? DateTimeFormatter.ISO_LOCAL_DATE
            : DateTimeFormatter.ofPattern(mapping.dateFormat().replace('y', 'u'))
                .withResolverStyle(ResolverStyle.STRICT);
  }

  /** One statement read, with the line it came from. */
  public record Row(long line, DirectPaymentRequest request) {}

  /** What an import read: the rows taken and the problems of the rows not taken. */
  public record Outcome(long rows, List<Row> taken, List<ImportProblem> problems) {}

  public Outcome run(Reader csv) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Row> taken = new ArrayList<>();
    List<ImportProblem> all = new ArrayList<>();
    long rows = 0;
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<ImportProblem> missing = missingColumns(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        return new Outcome(0, List.of(), missing);
      }
      for (CSVRecord record : parser) {
        rows++;
        long line = record.getRecordNumber() + 1;
        List<ImportProblem> problems = new ArrayList<>();
        DirectPaymentRequest request = request(record, line, problems);
        if (problems.isEmpty()) {
          List<FieldError> errors = new ArrayList<>();
          DirectPaymentChecks.check(request, errors);
          for (FieldError e : errors) {
            problems.add(new ImportProblem(line, column(e.field()), e.problem()));
          }
        }
        if (problems.isEmpty()) {
          taken.add(new Row(line, request));
        } else {
          all.addAll(problems);
        }
      }
    }
    return new Outcome(rows, taken, all);
  }

  /** The export's column for a field the engine named; the field itself when it has none. */
  private String column(String field) {
    String base = field.contains("[") ? "commitments" : field;
    return mapping.columns().getOrDefault(base, field);
  }

  private List<ImportProblem> missingColumns(List<String> header) {
    List<ImportProblem> out = new ArrayList<>();
    for (String field : StatementMapping.REQUIRED) {
      String column = mapping.columns().get(field);
      if (column == null) {
        out.add(new ImportProblem(1, field, "the mapping names no column for " + field));
      } else if (!header.contains(column)) {
        out.add(
            new ImportProblem(1, column, "the mapping names this column but the file has none"));
      }
    }
    for (var e : mapping.columns().entrySet()) {
      if (!isKnown(e.getKey())) {
        out.add(new ImportProblem(1, e.getKey(), "is not a statement field"));
      } else if (!List.of(StatementMapping.REQUIRED).contains(e.getKey())
          && !header.contains(e.getValue())) {
        out.add(
            new ImportProblem(
                1, e.getValue(), "the mapping names this column but the file has none"));
      }
    }
    return out;
  }

  private static boolean isKnown(String field) {
    return List.of(StatementMapping.REQUIRED).contains(field)
        || StatementMapping.COMMITMENTS.containsKey(field)
        || List.of(
                "councilRef",
                "contributionDue",
                "dateOfDeath",
                "firstPaymentDate",
                "lastReviewDate")
            .contains(field);
  }

  private DirectPaymentRequest request(CSVRecord r, long line, List<ImportProblem> problems) {
    Cell cell = new Cell(r, line, problems);
    Map<String, String> c = mapping.columns();
    String account = cell.text(c.get("accountRef"));
    LocalDate start = cell.date(c.get("periodStart"), dates);
    LocalDate end = cell.date(c.get("periodEnd"), dates);
    Money weekly = required(cell, c.get("weeklyPayment"));
    Money opening = required(cell, c.get("openingBalance"));
    Money councilIn = required(cell, c.get("councilPaymentsIn"));
    Money paid = required(cell, c.get("contributionPaid"));
    Money spend = required(cell, c.get("spend"));
    Money closing = required(cell, c.get("closingBalance"));
    Money due = c.containsKey("contributionDue") ? cell.money(c.get("contributionDue")) : null;
    List<Commitment> commitments = new ArrayList<>();
    new TreeMap<>(StatementMapping.COMMITMENTS)
        .forEach(
            (field, kind) -> {
              if (c.containsKey(field)) {
                Money owed = cell.money(c.get(field));
                if (owed != null && !owed.isZero()) {
                  commitments.add(new Commitment(CommitmentKind.valueOf(kind), owed, null));
                }
              }
            });
    String council = optionalText(r, c.get("councilRef"));
    return new DirectPaymentRequest(
        account,
        council,
        start,
        end,
        weekly,
        councilIn,
        due == null ? paid : due,
        paid,
        opening,
        spend,
        closing,
        commitments,
        optionalDate(cell, r, c.get("dateOfDeath")),
        optionalDate(cell, r, c.get("firstPaymentDate")),
        optionalDate(cell, r, c.get("lastReviewDate")),
        Map.of());
  }

  private static Money required(Cell cell, String column) {
    Money m = cell.money(column);
    if (m == null && cell.isEmpty(column)) {
      cell.problem(column, "is empty");
    }
    return m;
  }

  private static String optionalText(CSVRecord r, String column) {
    if (column == null || !r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column).trim();
    return v.isEmpty() ? null : v;
  }

  private LocalDate optionalDate(Cell cell, CSVRecord r, String column) {
    String v = optionalText(r, column);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v, dates);
    } catch (DateTimeParseException e) {
      cell.problem(column, "'" + v + "' is not a date in the mapping's format");
      return null;
    }
  }
}
