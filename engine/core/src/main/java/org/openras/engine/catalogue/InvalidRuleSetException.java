package org.openras.engine.catalogue;

import org.openras.engine.OpenRasException;

/**
 * A rule-set folder cannot be used as it stands: a manifest or parameter file is missing or wrong,
 * or two versions of an area claim the same days. Names the file (relative to the rule store) and
 * says what to do.
 */
public class InvalidRuleSetException extends OpenRasException {
  private final String file;

  public InvalidRuleSetException(String file, String message) {
    super(file + ": " + message);
    this.file = file;
  }

  public InvalidRuleSetException(String file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  public String file() {
    return file;
  }
}
