package org.openras.engine.calibration;

import java.util.List;

/**
 * A calibration's outcome: what was fitted, on which data, how well, and who was set aside or could
 * not be used.
 *
 * @param cohortSha256 SHA-256 of the cohort file's bytes
 * @param budgetUsed the ratio method's weekly budget (given, or the fitted people's actual spend);
 *     null for least squares
 * @param overall the fit of everyone together
 * @param groups one fit per primary support reason when fitted by group, else empty
 * @param people every fitted or set-aside person in cohort order, against the chosen fit
 * @param problems the lines that could not be used
 */
public record CalibrationReport(
    String cohortSha256,
    long linesRead,
    CalibrationSpec spec,
    Double budgetUsed,
    FitResult overall,
    List<FitResult> groups,
    List<PersonFit> people,
    List<CohortProblem> problems) {

  public CalibrationReport {
    groups = List.copyOf(groups);
    people = List.copyOf(people);
    problems = List.copyOf(problems);
  }

  /** The fit that prices a primary support reason: its group's when fitted by group. */
  public FitResult chosen(String primarySupportReason) {
    return groups.stream()
        .filter(g -> g.group().equals(primarySupportReason))
        .findFirst()
        .orElse(overall);
  }

  public List<PersonFit> setAside() {
    return people.stream().filter(p -> p.setAside() != null).toList();
  }
}
