package org.openras.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.params.ParameterOverride;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.scenario.ScenarioReport.BandRow;
import org.openras.engine.scenario.ScenarioReport.GroupRow;
import org.openras.engine.scenario.ScenarioReport.VersionUsed;

/** Turns a finished tally into the report. */
final class ReportBuilder {
  private ReportBuilder() {}

  static final String APPORTIONING =
      "annual net = sum over periods of weekly net x days / 7, in pence, rounded half up once per"
          + " person; a side with a date is costed on that date's rules for every day of the year;"
          + " weekly figures of an apportioned side are day-weighted averages, rounded half up";

  static ScenarioReport build(
      ScenarioSpec spec, List<CostPeriod> periods, String sha256, ScenarioTally t) {
    long[] changes = t.changes.sorted();
    long[] percents = t.percents.sorted();
    return new ScenarioReport(
        spec.title(),
        OpenRasEngine.version(),
        new ScenarioReport.Caseload(
            sha256, t.lines, t.calculated, t.linesWithProblems, t.noBudgetBase, t.noBudgetCand),
        side(spec.baseline(), spec.year(), t.baseVersions),
        side(spec.candidate(), spec.year(), t.candVersions),
        new ScenarioReport.Totals(
            totals(t.base),
            totals(t.cand),
            Pence.text(t.cand[2] - t.base[2]),
            Pence.text(t.cand[3] - t.base[3]),
            Pence.text(t.actual),
            t.withActual),
        groups(t),
        bands(t),
        new ScenarioReport.Percentiles(
            ChangeStatistics.percentiles(changes, false),
            percents.length,
            ChangeStatistics.percentiles(percents, true)),
        ChangeStatistics.histogram(changes),
        new ScenarioReport.Losers(
            Pence.text(CostAdapter.pence(spec.lossThreshold())),
            t.losers,
            Pence.text(t.loss),
            List.copyOf(t.listedLosers)),
        new ScenarioReport.Problems(
            t.problems, Map.copyOf(t.reasons), List.copyOf(t.listedProblems)),
        year(spec.year(), periods));
  }

  private static ScenarioReport.Year year(FinancialYear year, List<CostPeriod> periods) {
    if (year == null) {
      return null;
    }
    return new ScenarioReport.Year(
        year.from().toString(),
        year.to().toString(),
        year.days(),
        periods.stream().map(CostPeriod::toString).toList(),
        APPORTIONING);
  }

  private static ScenarioReport.Side side(
      ScenarioSide s, FinancialYear year, Map<String, Long> versions) {
    List<VersionUsed> used = new ArrayList<>();
    versions.forEach(
        (key, people) -> {
          String[] p = key.split(" ");
          used.add(new VersionUsed(p[0], p[1], p[2], people));
        });
    return new ScenarioReport.Side(
        s.label(),
        date(s, year),
        s.pins(),
        s.overrides().list().stream().map(ParameterOverride::toString).toList(),
        used);
  }

  private static String date(ScenarioSide s, FinancialYear year) {
    if (year == null) {
      return s.date() == null ? "each person's assessment date" : s.date().toString();
    }
    return s.date() == null
        ? "each period of the financial year " + year + ", apportioned by days"
        : s.date() + ", for every day of the financial year " + year;
  }

  private static ScenarioReport.SideTotals totals(long[] sums) {
    return new ScenarioReport.SideTotals(
        Pence.text(sums[0]), Pence.text(sums[1]), Pence.text(sums[2]), Pence.text(sums[3]));
  }

  private static List<GroupRow> groups(ScenarioTally t) {
    List<GroupRow> rows = new ArrayList<>();
    for (PrimarySupportReason r : PrimarySupportReason.values()) {
      int i = r.ordinal();
      if (t.psrPeople[i] > 0) {
        rows.add(
            new GroupRow(
                r.name(),
                r.title(),
                t.psrPeople[i],
                Pence.text(t.psrBase[i]),
                Pence.text(t.psrCand[i]),
                Pence.text(t.psrCand[i] - t.psrBase[i]),
                Pence.text(t.psrActual[i])));
      }
    }
    return rows;
  }

  private static List<BandRow> bands(ScenarioTally t) {
    List<BandRow> rows = new ArrayList<>();
    for (ChangeBand b : ChangeBand.values()) {
      rows.add(new BandRow(b.name(), b.title(), t.bands[b.ordinal()]));
    }
    return rows;
  }
}
