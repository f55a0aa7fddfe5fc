package org.openras.engine.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openras.engine.scenario.Html;

/**
 * The fit report a finance officer opens from a file: one HTML page, styles and charts inline (no
 * script, no network), in the style of the scenario report. It names the cohort's SHA-256, so any
 * figure can be reproduced, and says what each statistic means.
 */
public final class CalibrationHtml {
  private CalibrationHtml() {}

  public static String render(CalibrationReport r, DraftCheck.Outcome draft) {
    StringBuilder s = new StringBuilder(64_000);
    s.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>RAS calibration</title><style>")
        .append("body{font-family:Arial,sans-serif;margin:2em;max-width:60em;color:#0b0c0c}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #b1b4b6;padding:4px 8px;text-align:left}")
        .append("td.n{text-align:right}</style></head><body><h1>RAS calibration</h1>");
    what(s, r);
    fits(s, r);
    charts(s, r);
    setAside(s, r.setAside());
    problems(s, r.problems());
    if (draft != null) {
      draft(s, draft);
    }
    return s.append("</body></html>\n").toString();
  }

  private static void what(StringBuilder s, CalibrationReport r) {
    var spec = r.spec();
    s.append("<h2>What was fitted</h2><table>");
    row(s, "Cohort SHA-256", "<code>" + r.cohortSha256() + "</code>");
    row(s, "Lines read", r.linesRead());
    row(s, "People fitted", r.people().size() - r.setAside().size());
    row(s, "People set aside as outliers", r.setAside().size());
    row(s, "Lines not used (see below)", r.problems().size());
    row(
        s,
        "Method",
        spec.method().code()
            + (spec.byGroup() ? ", by primary support reason" : ", everyone together"));
    if (r.budgetUsed() != null) {
      row(
          s,
          "Weekly budget available",
          pounds(r.budgetUsed())
              + (spec.budget() == null ? " (the fitted people's actual spend)" : ""));
      row(s, "Contingency", spec.contingency().toPlainString());
    }
    s.append("</table>");
  }

  private static void fits(StringBuilder s, CalibrationReport r) {
    s.append(
            "<h2>Fits</h2><p>Price per point and intercept with standard errors; R² is 1 − SSE ÷ SST")
        .append(" about the mean actual cost for every method; within ±10% and ±20% are the shares")
        .append(" of people whose fitted figure is that close to their actual cost; the 80%")
        .append(" prediction interval is for a new person with the group's mean points.</p>")
        .append("<table><tr><th>Group</th><th>People</th><th>Intercept £ (SE)</th>")
        .append("<th>£ per point (SE)</th><th>R²</th><th>Adj. R²</th><th>±10%</th><th>±20%</th>")
        .append("<th>80% interval at mean points</th></tr>");
    fitRow(s, r.overall());
    r.groups().forEach(g -> fitRow(s, g));
    s.append("</table><table><caption>Residuals (actual − fitted, £ a week)</caption>")
        .append("<tr><th>Group</th><th>Mean</th><th>Min</th><th>Q1</th><th>Median</th><th>Q3</th>")
        .append("<th>Max</th><th>Residual SE</th></tr>");
    for (FitResult f : all(r)) {
      var e = f.residuals();
      s.append("<tr><td>").append(escape(f.group())).append("</td>");
      for (double v :
          new double[] {
            e.mean(),
            e.min(),
            e.lowerQuartile(),
            e.median(),
            e.upperQuartile(),
            e.max(),
            e.standardError()
          }) {
        s.append("<td class=\"n\">").append(fmt(v, 2)).append("</td>");
      }
      s.append("</tr>");
    }
    s.append("</table>");
  }

  private static void fitRow(StringBuilder s, FitResult f) {
    var pi = f.interval80();
    s.append("<tr><td>")
        .append(escape(f.title()))
        .append("</td><td class=\"n\">")
        .append(f.people());
    cell(
        s,
        f.intercept() == null
            ? "—"
            : fmt(f.intercept().estimate(), 2)
                + " ("
                + fmt(f.intercept().standardError(), 2)
                + ")");
    cell(s, fmt(f.slope().estimate(), 4) + " (" + fmt(f.slope().standardError(), 4) + ")");
    cell(s, fmt(f.rSquared(), 3));
    cell(s, fmt(f.adjustedRSquared(), 3));
    cell(s, percent(f.within10()));
    cell(s, percent(f.within20()));
    cell(
        s,
        fmt(pi.points(), 1)
            + " points: "
            + pounds(pi.lower())
            + " to "
            + pounds(pi.upper())
            + " ("
            + fmt(pi.lowerShare(), 2)
            + "× to "
            + fmt(pi.upperShare(), 2)
            + "×)");
    s.append("</tr>");
  }

  private static void charts(StringBuilder s, CalibrationReport r) {
    s.append("<h2>Actual against fitted</h2>").append(CalibrationSvg.scatter(r.people()));
    Map<String, List<PersonFit>> byGroup = new LinkedHashMap<>();
    r.people()
        .forEach(
            p ->
                byGroup
                    .computeIfAbsent(p.primarySupportReason(), k -> new java.util.ArrayList<>())
                    .add(p));
    s.append("<h2>Residuals by group</h2>")
        .append(CalibrationSvg.residualsByGroup(new java.util.TreeMap<>(byGroup)));
  }

  private static void setAside(StringBuilder s, List<PersonFit> people) {
    s.append("<h2>Set aside as outliers</h2><p>")
        .append(people.size())
        .append(" people.</p>")
        .append("<table><tr><th>Line</th><th>Person reference</th><th>Points</th>")
        .append("<th>Actual £</th><th>Why</th></tr>");
    for (PersonFit p : people) {
      s.append("<tr><td>")
          .append(p.line())
          .append("</td><td>")
          .append(escape(p.personRef()))
          .append("</td><td class=\"n\">")
          .append(p.points())
          .append("</td><td class=\"n\">")
          .append(fmt(p.actualWeeklyCost(), 2))
          .append("</td><td>")
          .append(escape(p.setAside()))
          .append("</td></tr>");
    }
    s.append("</table>");
  }

  private static void problems(StringBuilder s, List<CohortProblem> problems) {
    s.append("<h2>Lines not used</h2><p>")
        .append(problems.size())
        .append(" problems.</p>")
        .append(
            "<table><tr><th>Line</th><th>Person reference</th><th>Field</th><th>Problem</th></tr>");
    for (CohortProblem p : problems) {
      s.append("<tr><td>")
          .append(p.line())
          .append("</td><td>")
          .append(escape(p.personRef()))
          .append("</td><td>")
          .append(escape(p.field()))
          .append("</td><td>")
          .append(escape(p.problem()))
          .append("</td></tr>");
    }
    s.append("</table>");
  }

  private static void draft(StringBuilder s, DraftCheck.Outcome d) {
    long passed = d.cases().stream().filter(c -> c.passed()).count();
    s.append("<h2>Draft version</h2><table>");
    row(s, "Draft", "<code>" + escape(d.draft()) + "</code>");
    row(s, "Its cases", passed + " of " + d.cases().size() + " passed");
    if (d.scenario() != null) {
      var t = d.scenario().totals();
      row(
          s,
          "Scenario: weekly budgets, in force → draft",
          "£" + t.baseline().weeklyBudget() + " → £" + t.candidate().weeklyBudget());
      row(
          s,
          "Scenario: change in weekly net cost",
          "£" + t.weeklyNetChange() + " (see scenario/report.html)");
    }
    s.append("</table>");
    d.warnings()
        .forEach(w -> s.append("<p><strong>Note:</strong> ").append(escape(w)).append("</p>"));
  }

  private static List<FitResult> all(CalibrationReport r) {
    List<FitResult> out = new java.util.ArrayList<>();
    out.add(r.overall());
    out.addAll(r.groups());
    return out;
  }

  private static void row(StringBuilder s, String label, Object value) {
    s.append("<tr><th>")
        .append(escape(label))
        .append("</th><td>")
        .append(value)
        .append("</td></tr>");
  }

  private static void cell(StringBuilder s, String text) {
    s.append("<td class=\"n\">").append(escape(text)).append("</td>");
  }

  static String fmt(double v, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", v);
  }

  private static String pounds(double v) {
    return "£" + fmt(v, 2);
  }

  private static String percent(double share) {
    return fmt(100 * share, 1) + "%";
  }

  static String escape(String s) {
    return Html.escape(s);
  }
}
