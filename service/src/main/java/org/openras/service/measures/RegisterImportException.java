package org.openras.service.measures;

import java.util.List;
import org.openras.seeds.importer.ImportProblem;

/** A register export of which no line could be kept: every problem, by line and column. */
class RegisterImportException extends RuntimeException {
  final List<ImportProblem> problems;
  final long rows;

  RegisterImportException(String message, long rows, List<ImportProblem> problems) {
    super(message);
    this.rows = rows;
    this.problems = List.copyOf(problems);
  }
}
