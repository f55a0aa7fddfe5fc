package org.openras.engine.policy;

import java.util.List;

/** What validating one version folder found, every finding at once, errors first by file. */
public record Validation(String location, List<Finding> findings) {

  public Validation {
    findings = List.copyOf(findings);
  }

  public long errors() {
    return findings.stream().filter(Finding::isError).count();
  }

  public long warnings() {
    return findings.size() - errors();
  }

  /** True when nothing stops the version being published (warnings may remain). */
  public boolean passed() {
    return errors() == 0;
  }

  /** One finding a line, then the counts. */
  public String text() {
    StringBuilder out = new StringBuilder();
    findings.forEach(f -> out.append(f).append('\n'));
    out.append(location)
        .append(": ")
        .append(passed() ? "valid" : "NOT valid")
        .append(" (")
        .append(errors())
        .append(errors() == 1 ? " error, " : " errors, ")
        .append(warnings())
        .append(warnings() == 1 ? " warning)" : " warnings)")
        .append('\n');
    return out.toString();
  }
}
