package org.openras.seeds.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openras.engine.forecast.CostBasis;
import org.openras.engine.forecast.HistoryPoint;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Reads a monthly history of people supported and their net cost by client group from a CSV with a
 * header row, through a column mapping; every line it cannot read is named with its column and why,
 * never dropped silently (issue 26).
 */
public final class HistoryImporter {
  /**
   * Which column holds what.
   *
   * @param month the month, as 2025-04
   * @param group the client group: a primary support reason's name (LEARNING_DISABILITY) or its
   *     title as the national returns print it
   * @param people people supported in the month
   * @param cost the net council cost, pounds
   * @param basis whether the cost column is weekly or monthly
   */
  public record Mapping(String month, String group, String people, String cost, CostBasis basis) {}

  /** The points read and the problems found. */
  public record Result(List<HistoryPoint> points, List<ImportProblem> problems) {}

  private HistoryImporter() {}

  public static Result read(Reader in, Mapping mapping) throws IOException {
    List<HistoryPoint> points = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(in, format)) {
      for (String column :
          List.of(mapping.month(), mapping.group(), mapping.people(), mapping.cost())) {
        if (!parser.getHeaderMap().containsKey(column)) {
          problems.add(new ImportProblem(1, column, "no such column in the header"));
        }
      }
      if (!problems.isEmpty()) {
        return new Result(List.of(), problems);
      }
      for (CSVRecord r : parser) {
        long line = r.getRecordNumber() + 1;
        int before = problems.size();
        Cell cell = new Cell(r, line, problems);
        YearMonth month = month(cell, mapping.month());
        PrimarySupportReason group = group(cell, mapping.group());
        Integer people = people(cell, mapping.people());
        Money cost = cell.money(mapping.cost());
        if (cost == null && problems.size() == before) {
          cell.problem(mapping.cost(), "is empty");
        }
        if (problems.size() == before) {
          points.add(new HistoryPoint(month, group, people, cost, mapping.basis()));
        }
      }
    }
    return new Result(List.copyOf(points), List.copyOf(problems));
  }

  private static YearMonth month(Cell cell, String column) {
    String v = cell.text(column);
    if (v == null) {
      return null;
    }
    try {
      return YearMonth.parse(v);
    } catch (DateTimeParseException e) {
      cell.problem(column, "'" + v + "' is not a month written as 2025-04");
      return null;
    }
  }

  private static PrimarySupportReason group(Cell cell, String column) {
    String v = cell.text(column);
    if (v == null) {
      return null;
    }
    for (PrimarySupportReason p : PrimarySupportReason.values()) {
      if (p.name().equals(v.toUpperCase(Locale.ROOT)) || p.title().equalsIgnoreCase(v)) {
        return p;
      }
    }
    cell.problem(column, "'" + v + "' is not a primary support reason");
    return null;
  }

  private static Integer people(Cell cell, String column) {
    String v = cell.text(column);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        cell.problem(column, "'" + v + "' is negative");
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      cell.problem(column, "'" + v + "' is not a whole number of people");
      return null;
    }
  }
}
