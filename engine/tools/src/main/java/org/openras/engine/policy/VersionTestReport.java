package org.openras.engine.policy;

import java.util.ArrayList;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.cases.CaseResult;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.cases.PolicyCase;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;

/**
 * A version's policy cases, run: each case's sentence, expected against actual and the trace of a
 * failing one, with the counts. A version whose cases cannot be read, or that has none, fails.
 */
public record VersionTestReport(String location, List<CaseResult> results, List<String> problems) {

  public VersionTestReport {
    results = List.copyOf(results);
    problems = List.copyOf(problems);
  }

  /**
   * Runs every case of {@code area}/{@code version} in the engine's store.
   *
   * @throws IllegalArgumentException when the store has no such version, naming those it has
   */
  public static VersionTestReport run(OpenRasEngine engine, String area, String version) {
    RuleSetVersion v =
        engine
            .catalogue()
            .find(area, version)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "There is no "
                            + area
                            + " version "
                            + version
                            + "; versions: "
                            + engine.catalogue().periods(area)));
    List<PolicyCase> cases;
    try {
      cases = CaseRunner.cases(v);
    } catch (InvalidRuleSetException e) {
      return new VersionTestReport(v.source().location(), List.of(), List.of(e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    if (cases.isEmpty()) {
      problems.add(
          v.source().location()
              + ": the version has no cases; add cases/*.yaml with sentences and expected figures");
    }
    List<CaseResult> results = cases.stream().map(c -> CaseRunner.run(engine, c)).toList();
    return new VersionTestReport(v.source().location(), results, problems);
  }

  public long passedCount() {
    return results.stream().filter(CaseResult::passed).count();
  }

  public long failedCount() {
    return results.size() - passedCount();
  }

  public boolean passed() {
    return problems.isEmpty() && failedCount() == 0;
  }

  /** Case by case under each case file, problems, then the counts. */
  public String text() {
    StringBuilder out = new StringBuilder();
    String file = null;
    for (CaseResult r : results) {
      if (!r.policyCase().file().equals(file)) {
        file = r.policyCase().file();
        out.append(file).append('\n');
      }
      out.append("  ").append(r.report().replace("\n", "\n  ").stripTrailing()).append('\n');
    }
    problems.forEach(p -> out.append("PROBLEM ").append(p).append('\n'));
    out.append(summary()).append('\n');
    return out.toString();
  }

  /** {@code ras/2024-04-01: 19 cases, 19 passed, 0 failed}. */
  public String summary() {
    return location
        + ": "
        + results.size()
        + " cases, "
        + passedCount()
        + " passed, "
        + failedCount()
        + " failed"
        + (problems.isEmpty() ? "" : ", " + problems.size() + " problems")
        + (passed() ? "" : " - FAILED");
  }
}
