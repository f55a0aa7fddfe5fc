package org.openras.seeds.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.openras.engine.json.BoundedDecimals;
import org.openras.engine.money.Money;

/** Reads one row's cells by column name, adding a problem for each cell it cannot read. */
final class Cell {
  private final CSVRecord record;
  private final long line;
  private final List<ImportProblem> problems;

  Cell(CSVRecord record, long line, List<ImportProblem> problems) {
    this.record = record;
    this.line = line;
    this.problems = problems;
  }

  void problem(String column, String problem) {
    problems.add(new ImportProblem(line, column, problem));
  }

  /** The trimmed value; a problem (and null) when it is missing or blank. */
  String text(String column) {
    String v = record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
    if (v.isEmpty()) {
      problem(column, "is empty");
      return null;
    }
    return v;
  }

  /**
   * The formatter for a mapping's date pattern (ISO when absent), strict: a day that does not exist
   * (31/02/1970) is refused rather than moved to the month's last day.
   */
  static DateTimeFormatter dates(String pattern) {
    return pattern == null
        ? DateTimeFormatter.ISO_LOCAL_DATE
        : DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
  }

  /** The trimmed value, empty when missing or blank (an optional cell: no problem). */
  String optional(String column) {
    return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
  }

  LocalDate date(String column, DateTimeFormatter format) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v, format);
    } catch (DateTimeParseException e) {
      problem(column, "'" + v + "' is not a date in the mapping's format");
      return null;
    }
  }

  Integer level(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      problem(column, "'" + v + "' is not a whole-number answer level");
      return null;
    }
  }

  /** A share 0 to 1; blank means no unpaid support (zero), not a problem. */
  BigDecimal share(String column) {
    String v = record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
    if (v.isEmpty()) {
      return null;
    }
    try {
      BigDecimal share =
          BoundedDecimals.parse(v.endsWith("%") ? v.substring(0, v.length() - 1) : v);
      share = v.endsWith("%") ? share.movePointLeft(2) : share;
      if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        problem(column, "'" + v + "' is not a share between 0 and 1 (or 0% and 100%)");
        return null;
      }
      return share;
    } catch (NumberFormatException e) {
      problem(column, "'" + v + "' is not a share between 0 and 1");
      return null;
    }
  }

  /** Pounds, with or without a £ sign and thousands commas; blank means not known. */
  Money money(String column) {
    String v = record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Money.parse(v.replace("£", "").replace(",", ""));
    } catch (IllegalArgumentException e) {
      problem(column, "'" + v + "' " + e.getMessage());
      return null;
    }
  }

  /** True when the cell is absent or blank. */
  boolean isEmpty(String column) {
    return !record.isMapped(column) || !record.isSet(column) || record.get(column).isBlank();
  }
}
