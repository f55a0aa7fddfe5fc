package org.openras.engine;

/**
 * A fault, not a decision: something the engine cannot calculate (no rule set for a date, a rule
 * file that does not compile, a missing parameter, bad input). Each subclass carries the data a
 * caller needs to explain it (area, date, file, line, parameter, field).
 */
public abstract class OpenRasException extends RuntimeException {
  protected OpenRasException(String message) {
    super(message);
  }

  protected OpenRasException(String message, Throwable cause) {
    super(message, cause);
  }
}
