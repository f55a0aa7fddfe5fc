package org.openras.engine.ras;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetManifest.Reference;

/**
 * The RAS points table as a spreadsheet ({@code questionnaire.xlsx}), for policy officers who edit
 * it in Excel or LibreOffice: sheet {@code Points} has one row per answer level under the header
 * {@link #HEADER}; sheet {@code About} has the rows {@code unit}, {@code reference} and {@code
 * url}. A version holds either this or {@code questionnaire.yaml}. Every error names the sheet and
 * cell.
 */
public final class QuestionnaireSheet {
  public static final String FILE = "questionnaire.xlsx";
  static final String POINTS = "Points";
  static final String ABOUT = "About";
  static final List<String> HEADER =
      List.of(
          "Domain code",
          "Domain title",
          "Reduced for unpaid support",
          "Level",
          "Points",
          "Statement");

  private QuestionnaireSheet() {}

  /** Reads the table; {@code where} names the file for messages (rule store path). */
  public static Questionnaire read(byte[] xlsx, String where) {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet points = sheet(book, POINTS, where);
      Sheet about = sheet(book, ABOUT, where);
      checkHeader(points, where);
      Map<String, Questionnaire.Domain> domains = new LinkedHashMap<>();
      Map<String, List<Questionnaire.Level>> levels = new LinkedHashMap<>();
      for (int r = 1; r <= points.getLastRowNum(); r++) {
        Row row = points.getRow(r);
        if (row == null || text(row, 0).isBlank()) {
          continue;
        }
        readRow(row, where, domains, levels);
      }
      List<Questionnaire.Domain> list = new ArrayList<>();
      domains.forEach(
          (code, d) ->
              list.add(
                  new Questionnaire.Domain(code, d.title(), d.deflatable(), levels.get(code))));
      if (list.isEmpty()) {
        throw error(where, POINTS, "A2", "add one row per answer level under the header");
      }
      Reference reference = new Reference(about(about, "reference", where), optional(about, "url"));
      return new Questionnaire(about(about, "unit", where), reference, list);
    } catch (IOException e) {
      throw new InvalidRuleSetException(
          where, "is not a readable .xlsx workbook: " + e.getMessage());
    }
  }

  private static void readRow(
      Row row,
      String where,
      Map<String, Questionnaire.Domain> domains,
      Map<String, List<Questionnaire.Level>> levels) {
    String code = text(row, 0).strip();
    String title = required(row, 1, where, "the domain's title");
    boolean deflatable = yesNo(row, 2, where);
    int level = whole(row, 3, where, "the level (0, 1, 2 ...)");
    int points = whole(row, 4, where, "the points (a whole number)");
    String statement = required(row, 5, where, "the statement a person reads for this level");
    Questionnaire.Domain known = domains.get(code);
    if (known == null) {
      domains.put(code, new Questionnaire.Domain(code, title, deflatable, List.of()));
      levels.put(code, new ArrayList<>());
    } else if (known.deflatable() != deflatable || !known.title().equals(title)) {
      throw error(
          where,
          POINTS,
          ref(row, 1),
          "every row of domain '" + code + "' must give the same title and Y/N");
    }
    List<Questionnaire.Level> domainLevels = levels.get(code);
    if (level != domainLevels.size()) {
      throw error(
          where,
          POINTS,
          ref(row, 3),
          "domain '"
              + code
              + "' must list its levels 0, 1, 2 ... in order; expected "
              + domainLevels.size());
    }
    if (!domainLevels.isEmpty() && points < domainLevels.get(domainLevels.size() - 1).points()) {
      throw error(
          where,
          POINTS,
          ref(row, 4),
          "a higher level must not score fewer points than the level above it");
    }
    domainLevels.add(new Questionnaire.Level(level, statement, points));
  }

  /** Writes a questionnaire as a workbook a policy officer can edit, then use instead of YAML. */
  public static void write(Questionnaire q, OutputStream out) throws IOException {
    try (Workbook book = new XSSFWorkbook()) {
      Sheet points = book.createSheet(POINTS);
      Row header = points.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
      }
      int r = 1;
      for (Questionnaire.Domain d : q.domains()) {
        for (Questionnaire.Level l : d.levels()) {
          Row row = points.createRow(r++);
          row.createCell(0).setCellValue(d.code());
          row.createCell(1).setCellValue(d.title());
          row.createCell(2).setCellValue(d.deflatable() ? "Y" : "N");
          row.createCell(3).setCellValue(l.level());
          row.createCell(4).setCellValue(l.points());
          row.createCell(5).setCellValue(l.statement());
        }
      }
      Sheet about = book.createSheet(ABOUT);
      about.createRow(0).createCell(0).setCellValue("unit");
      about.getRow(0).createCell(1).setCellValue(q.unit());
      about.createRow(1).createCell(0).setCellValue("reference");
      about.getRow(1).createCell(1).setCellValue(q.reference().title());
      about.createRow(2).createCell(0).setCellValue("url");
      about
          .getRow(2)
          .createCell(1)
          .setCellValue(q.reference().url() == null ? "" : q.reference().url());
      book.write(out);
    }
  }

  private static Sheet sheet(Workbook book, String name, String where) {
    Sheet sheet = book.getSheet(name);
    if (sheet == null) {
      throw new InvalidRuleSetException(where, "add a sheet named '" + name + "'");
    }
    return sheet;
  }

  private static void checkHeader(Sheet points, String where) {
    Row header = points.getRow(0);
    for (int c = 0; c < HEADER.size(); c++) {
      String got = header == null ? "" : text(header, c).strip();
      if (!got.equalsIgnoreCase(HEADER.get(c))) {
        throw error(
            where,
            POINTS,
            new CellReference(0, c).formatAsString(),
            "the header must read '" + HEADER.get(c) + "'");
      }
    }
  }

  private static String about(Sheet about, String key, String where) {
    String value = optional(about, key);
    if (value == null || value.isBlank()) {
      throw error(where, ABOUT, "A1", "add a row '" + key + "' with its value in column B");
    }
    return value;
  }

  private static String optional(Sheet about, String key) {
    for (Row row : about) {
      if (text(row, 0).strip().equalsIgnoreCase(key)) {
        String value = text(row, 1).strip();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  private static String required(Row row, int col, String where, String what) {
    String value = text(row, col).strip();
    if (value.isEmpty()) {
      throw error(where, POINTS, ref(row, col), "give " + what);
    }
    return value;
  }

  private static boolean yesNo(Row row, int col, String where) {
    String value = text(row, col).strip().toUpperCase();
    if (!value.equals("Y") && !value.equals("N")) {
      throw error(where, POINTS, ref(row, col), "write Y (reduced for unpaid support) or N");
    }
    return value.equals("Y");
  }

  private static int whole(Row row, int col, String where, String what) {
    Cell cell = row.getCell(col);
    if (cell == null || cell.getCellType() != CellType.NUMERIC) {
      throw error(where, POINTS, ref(row, col), "give " + what);
    }
    double value = cell.getNumericCellValue();
    if (value != Math.rint(value) || value < 0) {
      throw error(where, POINTS, ref(row, col), "give " + what + ", not " + value);
    }
    return (int) value;
  }

  private static String text(Row row, int col) {
    Cell cell = row.getCell(col);
    if (cell == null) {
      return "";
    }
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> Double.toString(cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue() ? "Y" : "N";
      default -> "";
    };
  }

  private static String ref(Row row, int col) {
    return new CellReference(row.getRowNum(), col).formatAsString();
  }

  private static InvalidRuleSetException error(
      String where, String sheet, String cell, String todo) {
    return new InvalidRuleSetException(where + " sheet '" + sheet + "' cell " + cell, todo);
  }
}
