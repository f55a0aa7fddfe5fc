package org.openras.engine.envelope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openras.engine.json.Json;
import org.openras.engine.scenario.ReportFiles;

/**
 * Writes an envelope report: {@code envelope.json} (members without a value left out), {@code
 * envelope.html} (the finding and the figures; no scripts, opens from a file), and, when a factor
 * was chosen, the winners-and-losers scenario's own {@code report.json} and {@code report.html}
 * beside them.
 */
public final class EnvelopeFiles {
  /** The envelope's report file names. */
  public static final String JSON = "envelope.json";

  public static final String HTML = "envelope.html";

  private EnvelopeFiles() {}

  public static String json(EnvelopeReport report) {
    return Json.compact().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
  }

  public static void write(EnvelopeReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(JSON), json(report), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(HTML), html(report), StandardCharsets.UTF_8);
    if (report.winnersAndLosers() != null) {
      ReportFiles.writeJson(report.winnersAndLosers(), dir.resolve("report.json"));
      ReportFiles.writeHtml(report.winnersAndLosers(), dir.resolve("report.html"));
    }
  }

  static String html(EnvelopeReport r) {
    StringBuilder s = new StringBuilder(4096);
    s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(r.title()))
        .append("</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
        .append("td,th{text-align:left;padding:.2em 1em .2em 0}</style></head><body>\n<h1>")
        .append(esc(r.title()))
        .append("</h1>\n<p><strong>")
        .append(esc(r.status()))
        .append("</strong>: ")
        .append(esc(r.finding()))
        .append("</p>\n<table>\n");
    row(s, "Financial year", r.financialYear() + " (" + r.days() + " days)");
    row(s, "Periods costed", String.join("; ", r.periods()));
    row(s, "Lever", r.lever());
    row(s, "Annual target", "£" + r.targetAnnual() + ", contingency " + r.contingency());
    row(s, "Target to meet", "£" + r.targetToMeet() + " a year (£" + r.targetWeekly() + " a week)");
    row(s, "Tolerance", r.tolerance());
    row(s, "People costed", r.people() + " (lines not costed: " + r.linesNotCosted() + ")");
    if (r.range() != null) {
      row(s, "Lowest factor", r.range().lowest() + ": £" + r.range().annualAtLowest() + " a year");
      row(
          s,
          "Highest factor",
          r.range().highest() + ": £" + r.range().annualAtHighest() + " a year");
    }
    if (r.choice() != null) {
      var c = r.choice();
      row(
          s,
          "Chosen factor",
          c.factor() + ": £" + c.annual() + " a year (£" + c.weekly() + " a week)");
      row(
          s,
          "Below the target by",
          "£" + c.shortfallAnnual() + " a year (£" + c.shortfallWeekly() + " a week)");
      if (c.nextFactor() != null) {
        row(s, "Next factor up", c.nextFactor() + ": £" + c.annualAtNextFactor() + " a year");
      }
      row(
          s,
          "Engine check",
          r.verification().note()
              + " (engine: £"
              + r.verification().engineAnnualAtFactor()
              + " at the factor, £"
              + r.verification().engineAnnualAtOne()
              + " at 1)");
    }
    s.append("</table>\n");
    if (r.winnersAndLosers() != null) {
      s.append("<p>Winners and losers against a factor of 1: <a href=\"report.html\">the scenario")
          .append(" report</a>.</p>\n");
    }
    return s.append("</body></html>\n").toString();
  }

  private static void row(StringBuilder s, String name, String value) {
    s.append("<tr><th>")
        .append(esc(name))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>\n");
  }

  private static String esc(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
