package org.openras.engine.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Fits a cohort: groups it (everyone, or each primary support reason), optionally sets aside
 * outliers by Cook's distance, fits each group by the method, and measures each person against the
 * fit that prices them.
 */
public final class Calibrator {
  /** The fewest people a group can be fitted on: two coefficients and one degree of freedom. */
  static final int MIN_PEOPLE = 3;

  private Calibrator() {}

  public static CalibrationReport run(Cohort cohort, CalibrationSpec spec) {
    Map<String, List<CohortRow>> units = units(cohort.rows(), spec.byGroup());
    requireEnough(units, "");
    Map<Long, Double> cooks = new HashMap<>();
    Map<Long, String> setAside = new HashMap<>();
    if (spec.setAsideOutliers()) {
      units.forEach((group, rows) -> screen(group, rows, spec.method(), cooks, setAside));
    }
    Map<String, List<CohortRow>> kept = new LinkedHashMap<>();
    units.forEach(
        (g, rows) ->
            kept.put(g, rows.stream().filter(r -> !setAside.containsKey(r.line())).toList()));
    requireEnough(kept, " after setting aside outliers");
    List<CohortRow> everyone = kept.values().stream().flatMap(List::stream).toList();
    double spend = everyone.stream().mapToDouble(CohortRow::y).sum();
    double budget = spec.budget() == null ? spend : spec.budget().doubleValue();
    double available = budget * (1 - spec.contingency().doubleValue());
    FitResult overall =
        GroupFitter.fit(
            FitResult.EVERYONE, "Everyone", everyone, spec.method(), available / points(everyone));
    List<FitResult> groups = new ArrayList<>();
    if (spec.byGroup()) {
      kept.forEach(
          (g, rows) -> {
            double share = rows.stream().mapToDouble(CohortRow::y).sum() / spend;
            double price = available * share / points(rows);
            String title = PrimarySupportReason.valueOf(g).title();
            groups.add(GroupFitter.fit(g, title, rows, spec.method(), price));
          });
    }
    CalibrationReport partial =
        new CalibrationReport(
            cohort.sha256(),
            cohort.lines(),
            spec,
            spec.method() == Method.RATIO ? budget : null,
            overall,
            groups,
            List.of(),
            cohort.problems());
    List<PersonFit> people = new ArrayList<>();
    for (CohortRow r : cohort.rows()) {
      String psr = r.primarySupportReason().name();
      people.add(
          new PersonFit(
              r.line(),
              r.personRef(),
              psr,
              r.points(),
              r.y(),
              partial.chosen(psr).fitted(r.points()),
              cooks.get(r.line()),
              setAside.get(r.line())));
    }
    return new CalibrationReport(
        cohort.sha256(),
        cohort.lines(),
        spec,
        partial.budgetUsed(),
        overall,
        groups,
        people,
        cohort.problems());
  }

  private static Map<String, List<CohortRow>> units(List<CohortRow> rows, boolean byGroup) {
    Map<String, List<CohortRow>> units = new LinkedHashMap<>();
    if (!byGroup) {
      units.put(FitResult.EVERYONE, rows);
      return units;
    }
    // Groups with no rows are not fitted; a draft refuses them (it must price every group).
    for (PrimarySupportReason psr : PrimarySupportReason.values()) {
      List<CohortRow> group = rows.stream().filter(r -> r.primarySupportReason() == psr).toList();
      if (!group.isEmpty()) {
        units.put(psr.name(), group);
      }
    }
    return units;
  }

  private static void requireEnough(Map<String, List<CohortRow>> units, String when) {
    List<String> short_ = new ArrayList<>();
    units.forEach(
        (g, rows) -> {
          if (rows.size() < MIN_PEOPLE) {
            short_.add(g + " (" + rows.size() + ")");
          }
        });
    if (!short_.isEmpty()) {
      throw new CalibrationException(
          "Too few people to fit"
              + when
              + ": each group needs at least "
              + MIN_PEOPLE
              + " people who can be used, and "
              + String.join(", ", short_)
              + (units.size() > 1
                  ? " fall short; add people, or fit everyone together (without by-group)"
                  : " falls short; add people to the cohort"));
    }
  }

  /**
   * Cook's distance from the least-squares fit of the same shape (the ratio method is screened with
   * the line through the origin); people above 4/n are set aside (docs/calibration.md).
   */
  private static void screen(
      String group,
      List<CohortRow> rows,
      Method method,
      Map<Long, Double> cooks,
      Map<Long, String> setAside) {
    double[] x = rows.stream().mapToDouble(CohortRow::x).toArray();
    double[] y = rows.stream().mapToDouble(CohortRow::y).toArray();
    double[] d = LeastSquares.fit(group, x, y, method == Method.OLS).cooksDistance();
    double threshold = 4.0 / rows.size();
    for (int i = 0; i < d.length; i++) {
      long line = rows.get(i).line();
      cooks.put(line, d[i]);
      if (d[i] > threshold) {
        setAside.put(
            line,
            String.format(
                Locale.ROOT,
                "Cook's distance %.3f is above 4/n = %.3f in %s",
                d[i],
                threshold,
                group));
      }
    }
  }

  private static double points(List<CohortRow> rows) {
    return rows.stream().mapToDouble(CohortRow::x).sum();
  }
}
