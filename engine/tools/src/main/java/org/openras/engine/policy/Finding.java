package org.openras.engine.policy;

/**
 * One thing a validation found in a rule-set version: how serious it is, where it is (the file
 * relative to the rule store, and its line, 0 when the whole file is meant), what is wrong and what
 * to do about it.
 */
public record Finding(Severity severity, String file, int line, String message, String whatToDo) {

  /** An error stops a version being published; a warning is worth a look but does not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public static Finding error(String file, int line, String message, String whatToDo) {
    return new Finding(Severity.ERROR, file, line, message, whatToDo);
  }

  public static Finding warning(String file, int line, String message, String whatToDo) {
    return new Finding(Severity.WARNING, file, line, message, whatToDo);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code ERROR ras/2026-04-01/parameters.yaml:12: message. What to do.} */
  @Override
  public String toString() {
    return severity
        + " "
        + file
        + (line > 0 ? ":" + line : "")
        + ": "
        + message
        + (whatToDo == null || whatToDo.isBlank() ? "" : ". " + whatToDo);
  }
}
