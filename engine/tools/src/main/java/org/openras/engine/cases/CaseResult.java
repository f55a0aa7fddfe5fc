package org.openras.engine.cases;

import java.util.List;

/**
 * How one case went: passed, or the differences between what was expected and what the engine gave,
 * with the explanation trace of the run for a failing case.
 */
public record CaseResult(PolicyCase policyCase, List<String> differences, List<String> trace) {
  public boolean passed() {
    return differences.isEmpty();
  }

  /**
   * A readable report: the case's sentence, expected against actual, and the trace if it failed.
   */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(passed() ? "PASS " : "FAIL ").append(policyCase.name()).append('\n');
    if (!passed()) {
      out.append("  in ").append(policyCase.file()).append('\n');
      differences.forEach(d -> out.append("  ").append(d).append('\n'));
      if (!trace.isEmpty()) {
        out.append("  trace:\n");
        trace.forEach(t -> out.append("    ").append(t).append('\n'));
      }
    }
    return out.toString();
  }
}
