package org.openras.engine.compile;

import java.util.List;
import org.openras.engine.OpenRasException;

/** A rule-set version whose rules do not compile; carries each error with its file and line. */
public class RuleSetCompilationException extends OpenRasException {

  /** One compiler message: the file relative to the rule store, its line (0 if unknown), text. */
  public record RuleFileError(String file, int line, String message) {
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
  }

  private final String area;
  private final String version;
  private final List<RuleFileError> errors;

  public RuleSetCompilationException(String area, String version, List<RuleFileError> errors) {
    super(
        "The "
            + area
            + " rule set "
            + version
            + " does not compile: "
            + String.join("; ", errors.stream().map(RuleFileError::toString).toList()));
    this.area = area;
    this.version = version;
    this.errors = List.copyOf(errors);
  }

  public String area() {
    return area;
  }

  public String version() {
    return version;
  }

  public List<RuleFileError> errors() {
    return errors;
  }
}
