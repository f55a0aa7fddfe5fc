package org.openras.engine.calibration;

import java.util.List;

/**
 * A calibration cohort as read: the people who can be fitted, the lines that cannot (by line and
 * reason), and the SHA-256 of the file's bytes, so a fit and its draft can be traced to their data.
 */
public record Cohort(
    String sha256, long lines, List<CohortRow> rows, List<CohortProblem> problems) {
  public Cohort {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }
}
