package org.openras.engine.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a calibration cohort (JSON Lines). A line is either a caseload line ({@code {"request":
 * {...}, "actualWeeklyCost": "312.40"}}), whose points the engine calculates under the RAS version
 * in force on the request's date, or a points line for a cohort that records points ({@code
 * {"personRef": "P-1", "primarySupportReason": "MENTAL_HEALTH", "points": 42, "actualWeeklyCost":
 * "250.00"}}). Lines with missing or impossible values are reported by line and reason.
 */
public final class CohortReader {
  private final OpenRasEngine engine;
  private final boolean zeroPointsAllowed;
  private final PointsLine points = new PointsLine();

  /**
   * @param zeroPointsAllowed false for the ratio method, which divides by points
   */
  public CohortReader(OpenRasEngine engine, boolean zeroPointsAllowed) {
    this.engine = engine;
    this.zeroPointsAllowed = zeroPointsAllowed;
  }

  public Cohort read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
    List<CohortRow> rows = new ArrayList<>();
    List<CohortProblem> problems = new ArrayList<>();
    long read = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      read++;
      CohortRow row = row(i + 1, lines[i], problems);
      if (row != null) {
        rows.add(row);
      }
    }
    return new Cohort(sha256(bytes), read, rows, problems);
  }

  private CohortRow row(long line, String text, List<CohortProblem> problems) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(text);
    } catch (JacksonException e) {
      problems.add(new CohortProblem(line, "", "line", "not JSON: " + e.getOriginalMessage()));
      return null;
    }
    if (node.has("points")) {
      return check(points.read(line, node, problems), problems);
    }
    CaseloadEntry entry;
    try {
      entry = CaseloadLines.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(new CohortProblem(line, "", "line", e.getMessage()));
      return null;
    }
    return check(fromRequest(line, entry, problems), problems);
  }

  private CohortRow fromRequest(long line, CaseloadEntry entry, List<CohortProblem> problems) {
    CalculationRequest r = rasOnly(entry.request());
    String ref = r.personRef() == null ? "" : r.personRef();
    if (entry.actualWeeklyCost() == null) {
      problems.add(new CohortProblem(line, ref, "actualWeeklyCost", "missing: no plan cost"));
      return null;
    }
    if (r.needs() == null) {
      problems.add(new CohortProblem(line, ref, "request.needs", "missing: no points to fit"));
      return null;
    }
    try {
      int total = engine.calculate(r).ras().totalPoints();
      return new CohortRow(
          line,
          ref,
          r.person().primarySupportReason(),
          total,
          entry.actualWeeklyCost().amount(),
          r);
    } catch (InvalidRequestException e) {
      for (FieldError f : e.errors()) {
        problems.add(new CohortProblem(line, ref, "request." + f.field(), f.problem()));
      }
    } catch (OpenRasException e) {
      problems.add(new CohortProblem(line, ref, "request", e.getMessage()));
    }
    return null;
  }

  /** Only what the RAS needs: eligibility, finances and plan cost are not calibrated. */
  static CalculationRequest rasOnly(CalculationRequest r) {
    return new CalculationRequest(
        r.personRef(),
        r.assessmentDate(),
        r.person(),
        r.needs(),
        r.informalSupport(),
        r.ruleSetVersions());
  }

  private CohortRow check(CohortRow row, List<CohortProblem> problems) {
    if (row == null) {
      return null;
    }
    String problem = null;
    if (row.actualWeeklyCost().signum() < 0) {
      problem = "negative: a plan cannot cost less than nothing";
    } else if (row.actualWeeklyCost().signum() == 0) {
      problem = "zero: no support plan was costed, so there is nothing to calibrate against";
    }
    if (problem != null) {
      problems.add(new CohortProblem(row.line(), row.personRef(), "actualWeeklyCost", problem));
      return null;
    }
    if (row.points() == 0 && !zeroPointsAllowed) {
      problems.add(
          new CohortProblem(
              row.line(),
              row.personRef(),
              "points",
              "zero points: the ratio method prices points, and this person scores none"));
      return null;
    }
    return row;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
