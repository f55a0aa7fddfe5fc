package org.openras.engine.policy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.Overrides;
import org.openras.engine.scenario.ChangeBand;
import org.openras.engine.scenario.ScenarioCsv;
import org.openras.engine.scenario.ScenarioReport;
import org.openras.engine.scenario.ScenarioReport.VersionUsed;
import org.openras.engine.scenario.ScenarioRunner;
import org.openras.engine.scenario.ScenarioSide;
import org.openras.engine.scenario.ScenarioSpec;

/**
 * What a new version does to a caseload, through the scenario engine: the baseline is every person
 * under version A, the candidate under version B, each pinned and calculated on the day of {@link
 * ComparisonDates} its version covers (the day before and the day of the switch). Other areas take
 * the versions in force on those days; when one differs between the two days, a note says so,
 * because its change is then part of the figures.
 */
public record CaseloadImpact(ScenarioReport report, List<String> notes) {

  public static CaseloadImpact run(
      OpenRasEngine engine, RuleSetVersion a, RuleSetVersion b, Path caseload, ScenarioCsv csv)
      throws IOException {
    ComparisonDates dates = ComparisonDates.of(a, b);
    ScenarioSide baseline =
        new ScenarioSide(
            a.area() + " " + a.version(),
            dates.from(),
            Map.of(a.area(), a.version()),
            Overrides.NONE);
    ScenarioSide candidate =
        new ScenarioSide(
            b.area() + " " + b.version(),
            dates.to(),
            Map.of(b.area(), b.version()),
            Overrides.NONE);
    ScenarioSpec spec =
        new ScenarioSpec(
            a.area() + " " + a.version() + " → " + b.version(), baseline, candidate, null, 0);
    ScenarioReport report = new ScenarioRunner(engine).run(caseload, spec, csv, (d, r, t) -> {});
    return new CaseloadImpact(report, notes(report, a.area()));
  }

  private static List<String> notes(ScenarioReport r, String area) {
    List<String> notes = new ArrayList<>();
    notes.add(
        "baseline calculated on "
            + r.baseline().date()
            + ", candidate on "
            + r.candidate().date()
            + ": each version on a day it covers, either side of the switch");
    for (VersionUsed used : r.candidate().versions()) {
      boolean same =
          r.baseline().versions().stream()
              .anyMatch(u -> u.area().equals(used.area()) && u.hash().equals(used.hash()));
      if (!used.area().equals(area) && !same) {
        notes.add(
            "the "
                + used.area()
                + " version also differs between the two days ("
                + used.version()
                + " for the candidate), so its changes are part of these figures");
      }
    }
    return notes;
  }

  /** People calculated under both, how many change, by band, and the weekly and annual totals. */
  public long changed() {
    return report.bands().stream()
        .filter(b -> !b.band().equals(ChangeBand.NO_CHANGE.name()))
        .mapToLong(ScenarioReport.BandRow::people)
        .sum();
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    var c = report.caseload();
    out.append("Impact on the caseload (")
        .append(c.lines())
        .append(" lines, ")
        .append(c.calculated())
        .append(" people calculated under both, ")
        .append(c.linesWithProblems())
        .append(" lines with problems)\n");
    notes.forEach(n -> out.append("  note: ").append(n).append('\n'));
    out.append("  ")
        .append(changed())
        .append(" of ")
        .append(c.calculated())
        .append(" people change\n");
    report
        .bands()
        .forEach(
            b -> out.append("    ").append(b.title()).append(": ").append(b.people()).append('\n'));
    var t = report.totals();
    out.append("  weekly net council funding £")
        .append(t.baseline().weeklyNet())
        .append(" → £")
        .append(t.candidate().weeklyNet())
        .append(" (change £")
        .append(t.weeklyNetChange())
        .append(" a week, £")
        .append(t.annualNetChange())
        .append(" a year)\n");
    report
        .byPrimarySupportReason()
        .forEach(
            g ->
                out.append("    ")
                    .append(g.title())
                    .append(": ")
                    .append(g.people())
                    .append(" people, £")
                    .append(g.weeklyNetChange())
                    .append(" a week\n"));
    return out.toString();
  }
}
