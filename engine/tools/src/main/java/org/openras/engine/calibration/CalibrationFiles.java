package org.openras.engine.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.openras.engine.json.Json;

/**
 * Writes a calibration's files: {@code calibration.json} (the report), {@code calibration.html},
 * {@code residuals.csv} (one row per person) and {@code problems.csv} (lines not used).
 */
public final class CalibrationFiles {
  static final String RESIDUALS_HEADER =
      "line,personRef,primarySupportReason,points,actualWeeklyCost,fitted,residual,residualShare,"
          + "cooksDistance,setAside";

  private CalibrationFiles() {}

  public static void write(CalibrationReport r, DraftCheck.Outcome draft, Path out)
      throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("calibration.json"), json(r), StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("calibration.html"), CalibrationHtml.render(r, draft), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("residuals.csv"), residuals(r), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("problems.csv"), problems(r), StandardCharsets.UTF_8);
  }

  /**
   * {@code calibration.json}: the report's typed JSON form ({@link CalibrationJson}, money as
   * text), members without a value left out.
   */
  public static String json(CalibrationReport r) {
    return Json.compact().writerWithDefaultPrettyPrinter().writeValueAsString(CalibrationJson.of(r))
        + "\n";
  }

  /**
   * A report read back from its {@code calibration.json}; one written before the file was typed
   * (the fitting record as it was, money as numbers) is read in that form.
   */
  public static CalibrationReport read(String json) {
    try {
      return Json.mapper().readValue(json, CalibrationJson.class).toReport();
    } catch (RuntimeException typed) {
      try {
        return Json.mapper().readValue(json, CalibrationReport.class);
      } catch (RuntimeException old) {
        typed.addSuppressed(old);
        throw typed;
      }
    }
  }

  static String residuals(CalibrationReport r) {
    StringBuilder s = new StringBuilder(RESIDUALS_HEADER).append('\n');
    for (PersonFit p : r.people()) {
      s.append(p.line())
          .append(',')
          .append(csv(p.personRef()))
          .append(',')
          .append(p.primarySupportReason())
          .append(',')
          .append(p.points())
          .append(',')
          .append(CalibrationHtml.fmt(p.actualWeeklyCost(), 2))
          .append(',')
          .append(CalibrationHtml.fmt(p.fitted(), 2))
          .append(',')
          .append(CalibrationHtml.fmt(p.residual(), 2))
          .append(',')
          .append(CalibrationHtml.fmt(p.residual() / p.actualWeeklyCost(), 4))
          .append(',')
          .append(
              p.cooksDistance() == null
                  ? ""
                  : String.format(Locale.ROOT, "%.6f", p.cooksDistance()))
          .append(',')
          .append(csv(p.setAside()))
          .append('\n');
    }
    return s.toString();
  }

  static String problems(CalibrationReport r) {
    StringBuilder s = new StringBuilder("line,personRef,field,problem\n");
    for (CohortProblem p : r.problems()) {
      s.append(p.line())
          .append(',')
          .append(csv(p.personRef()))
          .append(',')
          .append(csv(p.field()))
          .append(',')
          .append(csv(p.problem()))
          .append('\n');
    }
    return s.toString();
  }

  /** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
  private static String csv(String v) {
    if (v == null) {
      return "";
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
