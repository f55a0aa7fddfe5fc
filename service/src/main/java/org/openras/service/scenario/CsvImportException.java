package org.openras.service.scenario;

import java.util.List;

/**
 * A council's CSV export that was not kept as a caseload: its problems, each on the part it is in
 * ({@code csv} or {@code mapping}), with the CSV line and column or the mapping key where there is
 * one. Rows read and rejected are counted; only the first problems are listed when there are many.
 */
public class CsvImportException extends RuntimeException {
  public static final String CSV = "csv";
  public static final String MAPPING = "mapping";

  /**
   * One problem: the part, the CSV line (the header is line 1; null for the file as a whole or the
   * mapping), the CSV column or the mapping key (null for the part as a whole), and what is wrong,
   * worded to follow the field's name ("is empty", "names no column").
   */
  public record Problem(String part, Long line, String column, String problem) {
    /** The API's field: {@code csv line 4, column Date_of_Birth}, {@code mapping dateFormat}. */
    public String field() {
      StringBuilder out = new StringBuilder(part);
      if (line != null) {
        out.append(" line ").append(line);
      }
      if (column != null) {
        out.append(line != null ? ", column " : " ").append(column);
      }
      return out.toString();
    }
  }

  private final transient List<Problem> problems;
  private final long rows;
  private final long rejected;
  private final long problemCount;

  /** The rows read, those rejected, and every problem counted (only the first are listed). */
  CsvImportException(List<Problem> problems, long rows, long rejected, long problemCount) {
    super(describe(problems, rows, rejected, problemCount));
    this.problems = List.copyOf(problems);
    this.rows = rows;
    this.rejected = rejected;
    this.problemCount = problemCount;
  }

  /** A problem with a part as a whole (an empty file, a mapping that is not YAML). */
  CsvImportException(Problem problem) {
    this(List.of(problem), 0, 0, 1);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Rows read below the header (0 when the file could not be read that far). */
  public long rows() {
    return rows;
  }

  /** Rows with at least one problem. */
  public long rejected() {
    return rejected;
  }

  /** Every problem found; {@link #problems()} lists the first of them. */
  public long problemCount() {
    return problemCount;
  }

  /** True when the problems are in rows of the CSV file, not in the mapping or the file's form. */
  public boolean inRows() {
    return rejected > 0;
  }

  private static String describe(List<Problem> problems, long rows, long rejected, long count) {
    if (rejected > 0) {
      return rejected
          + " of "
          + rows
          + (rows == 1 ? " row has" : " rows have")
          + " problems, so nothing was kept: fix them in the export and send it again"
          + (count > problems.size()
              ? "; the first " + problems.size() + " of " + count + " problems are listed"
              : "");
    }
    if (!problems.isEmpty() && problems.stream().allMatch(p -> p.line() != null)) {
      return "Nothing was kept: the CSV file's header line lacks "
          + (count == 1 ? "a column" : count + " columns")
          + " the mapping names; see errors";
    }
    if (problems.size() == 1) {
      Problem p = problems.get(0);
      return "Nothing was kept: " + p.field() + " " + p.problem();
    }
    return "Nothing was kept: " + problems.size() + " problems; see errors";
  }
}
