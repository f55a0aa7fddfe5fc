package org.openras.engine.scenario;

import static org.openras.engine.scenario.Html.escape;

import java.util.List;
import org.openras.engine.scenario.ScenarioReport.BandRow;
import org.openras.engine.scenario.ScenarioReport.GroupRow;
import org.openras.engine.scenario.ScenarioReport.HistogramBin;
import org.openras.engine.scenario.ScenarioReport.Point;
import org.openras.engine.scenario.ScenarioReport.Side;

/**
 * The report a finance officer opens from a file: one HTML page, styles and charts inline (no
 * script, no network), every chart followed by a table of the same figures. It names the caseload's
 * SHA-256 and the versions compared, so any figure can be reproduced.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(ScenarioReport r) {
    StringBuilder s = new StringBuilder(32_000);
    s.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(r.title()))
        .append(
            "</title><style>body{font-family:Arial,sans-serif;margin:2em;max-width:60em;color:#0b0c0c}")
        .append(
            "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #b1b4b6;padding:4px 8px;text-align:left}")
        .append(
            "td.n{text-align:right}caption{font-weight:bold;text-align:left}</style></head><body>");
    s.append("<h1>").append(escape(r.title())).append("</h1>");
    provenance(s, r);
    totals(s, r);
    change(s, r);
    groups(s, r.byPrimarySupportReason());
    bands(s, r.bands());
    losersAndProblems(s, r);
    return s.append("</body></html>\n").toString();
  }

  private static void provenance(StringBuilder s, ScenarioReport r) {
    s.append("<h2>What was compared</h2><table><tr><th>Caseload SHA-256</th><td><code>")
        .append(r.caseload().sha256())
        .append("</code></td></tr>");
    row(s, "Lines read", r.caseload().lines());
    row(s, "People calculated under both sides", r.caseload().calculated());
    row(s, "Lines not calculated (see problems)", r.caseload().linesWithProblems());
    row(s, "Engine version", r.engineVersion());
    side(s, "Baseline", r.baseline());
    side(s, "Candidate", r.candidate());
    s.append("</table>");
  }

  private static void side(StringBuilder s, String name, Side side) {
    StringBuilder v = new StringBuilder(escape(side.label()) + "; date: " + escape(side.date()));
    side.pins().forEach((a, ver) -> v.append("; pinned ").append(escape(a + " " + ver)));
    side.overrides()
        .forEach(o -> v.append("; override <code>").append(escape(o)).append("</code>"));
    side.versions()
        .forEach(
            u ->
                v.append("<br>")
                    .append(
                        escape(
                            u.area() + " " + u.version() + " (" + u.people() + " people), hash "))
                    .append("<code>")
                    .append(escape(u.hash()))
                    .append("</code>"));
    s.append("<tr><th>").append(name).append("</th><td>").append(v).append("</td></tr>");
  }

  private static void totals(StringBuilder s, ScenarioReport r) {
    var t = r.totals();
    s.append("<h2>Totals</h2><table><tr><th></th><th>Baseline</th><th>Candidate</th></tr>");
    pair(s, "Weekly indicative budgets", t.baseline().weeklyBudget(), t.candidate().weeklyBudget());
    pair(
        s,
        "Weekly contributions",
        t.baseline().weeklyContribution(),
        t.candidate().weeklyContribution());
    pair(s, "Weekly net council cost", t.baseline().weeklyNet(), t.candidate().weeklyNet());
    pair(s, "Annual net council cost", t.baseline().annualNet(), t.candidate().annualNet());
    s.append("</table><p>Change in weekly net cost: <strong>£")
        .append(t.weeklyNetChange())
        .append("</strong>; annual: <strong>£")
        .append(t.annualNetChange())
        .append("</strong>. Actual weekly cost of agreed plans (")
        .append(t.peopleWithActualCost())
        .append(" people): £")
        .append(t.actualWeeklyCost())
        .append(".</p>");
  }

  private static void change(StringBuilder s, ScenarioReport r) {
    List<HistogramBin> bins = r.changeHistogram();
    s.append("<h2>Distribution of change in weekly net cost per person</h2>");
    s.append(
        SvgCharts.columns(
            "People by weekly change (pounds)",
            bins.stream().map(HistogramBin::label).toList(),
            bins.stream().map(HistogramBin::people).toList(),
            "#1d70b8"));
    s.append("<table><caption>People by weekly change</caption>");
    bins.forEach(b -> row(s, b.label(), b.people()));
    s.append(
        "</table><table><caption>Percentiles of weekly change (£) and of percentage change</caption>");
    s.append("<tr><th>Percentile</th><th>£ a week</th><th>%</th></tr>");
    List<Point> pounds = r.percentiles().weeklyChange();
    List<Point> percent = r.percentiles().percentChange();
    for (int i = 0; i < pounds.size(); i++) {
      String pc = i < percent.size() ? percent.get(i).value() : "";
      s.append("<tr><td>")
          .append(pounds.get(i).percentile())
          .append("</td><td class=\"n\">")
          .append(pounds.get(i).value())
          .append("</td><td class=\"n\">")
          .append(pc)
          .append("</td></tr>");
    }
    s.append("</table>");
  }

  private static void groups(StringBuilder s, List<GroupRow> rows) {
    s.append("<h2>Weekly net cost by primary support reason</h2>");
    s.append(
        SvgCharts.pairedBars(
            "Weekly net cost by primary support reason, baseline and candidate",
            rows.stream().map(GroupRow::primarySupportReason).toList(),
            rows.stream().map(GroupRow::baselineWeeklyNet).toList(),
            rows.stream().map(GroupRow::candidateWeeklyNet).toList()));
    s.append("<table><tr><th>Primary support reason</th><th>People</th><th>Baseline £/wk</th>")
        .append("<th>Candidate £/wk</th><th>Change £/wk</th><th>Actual plans £/wk</th></tr>");
    for (GroupRow g : rows) {
      s.append("<tr><td>").append(escape(g.title())).append("</td>");
      for (Object v :
          List.of(
              g.people(),
              g.baselineWeeklyNet(),
              g.candidateWeeklyNet(),
              g.weeklyNetChange(),
              g.actualWeeklyCost())) {
        s.append("<td class=\"n\">").append(escape(v.toString())).append("</td>");
      }
      s.append("</tr>");
    }
    s.append("</table>");
  }

  private static void bands(StringBuilder s, List<BandRow> bands) {
    s.append("<h2>Winners and losers</h2>");
    s.append(
        SvgCharts.columns(
            "People by band of change in weekly net funding",
            bands.stream().map(BandRow::title).toList(),
            bands.stream().map(BandRow::people).toList(),
            "#00703c"));
    s.append("<table>");
    bands.forEach(b -> row(s, b.title(), b.people()));
    s.append("</table>");
  }

  private static void losersAndProblems(StringBuilder s, ScenarioReport r) {
    var l = r.losers();
    s.append("<h2>People losing more than £")
        .append(l.weeklyThreshold())
        .append(" a week</h2><p>")
        .append(l.people())
        .append(" people, £")
        .append(l.totalWeeklyLoss())
        .append(" a week in all. The first ")
        .append(l.listed().size())
        .append(" by caseload line:</p><table>")
        .append("<tr><th>Line</th><th>Person reference</th><th>Weekly change £</th></tr>");
    l.listed()
        .forEach(
            x ->
                s.append("<tr><td>")
                    .append(x.line())
                    .append("</td><td>")
                    .append(escape(x.personRef()))
                    .append("</td><td class=\"n\">")
                    .append(x.weeklyChange())
                    .append("</td></tr>"));
    s.append("</table><h2>Rows not calculated</h2><p>")
        .append(r.problems().count())
        .append(" problems on ")
        .append(r.caseload().linesWithProblems())
        .append(" lines.</p><table>")
        .append("<tr><th>Reason</th><th>Count</th></tr>");
    new java.util.TreeMap<>(r.problems().byReason()).forEach((k, v) -> row(s, k, v));
    s.append("</table><table><tr><th>Line</th><th>Side</th><th>Field</th><th>Problem</th></tr>");
    r.problems()
        .listed()
        .forEach(
            p ->
                s.append("<tr><td>")
                    .append(p.line())
                    .append("</td><td>")
                    .append(escape(p.side()))
                    .append("</td><td>")
                    .append(escape(p.field()))
                    .append("</td><td>")
                    .append(escape(p.problem()))
                    .append("</td></tr>"));
    s.append("</table>");
  }

  private static void pair(StringBuilder s, String label, String a, String b) {
    s.append("<tr><th>")
        .append(label)
        .append("</th><td class=\"n\">£")
        .append(a)
        .append("</td><td class=\"n\">£")
        .append(b)
        .append("</td></tr>");
  }

  private static void row(StringBuilder s, String label, Object value) {
    s.append("<tr><th>")
        .append(escape(label))
        .append("</th><td class=\"n\">")
        .append(escape(String.valueOf(value)))
        .append("</td></tr>");
  }
}
