package org.openras.service.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.calibration.CalibrationFiles;
import org.openras.engine.calibration.CalibrationReport;
import org.openras.engine.calibration.CalibrationSpec;
import org.openras.engine.calibration.Calibrator;
import org.openras.engine.calibration.Cohort;
import org.openras.engine.calibration.CohortReader;
import org.openras.engine.calibration.DraftCheck;
import org.openras.engine.calibration.DraftPrices;
import org.openras.engine.calibration.DraftVersion;
import org.openras.engine.calibration.Method;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.service.scenario.CaseloadStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs calibrations and keeps their reports under {@code openras.data.dir/calibrations/<id>/}. A
 * draft version is written into a copy of the rules in force there ({@code rules/}), checked with
 * its own cases and compared by scenario; it is never served until published.
 */
@Service
public class Calibrations {
  static final List<String> FILES =
      List.of("calibration.json", "calibration.html", "residuals.csv", "problems.csv");

  private final OpenRasEngine engine;
  private final CaseloadStore cohorts;
  private final Path folder;

  Calibrations(
      OpenRasEngine engine,
      CaseloadStore cohorts,
      @Value("${openras.data.dir:./data}") Path dataDir) {
    this.engine = engine;
    this.cohorts = cohorts;
    this.folder = dataDir.resolve("calibrations");
  }

  public CalibrationSummary run(CalibrationRequest request, String user) throws IOException {
    CalibrationSpec spec = request.toSpec();
    Path cohortFile = cohorts.path(request.cohortId());
    cohorts.describe(request.cohortId());
    String id = UUID.randomUUID().toString();
    Path out = folder.resolve(id);
    Files.createDirectories(out);
    Cohort cohort = new CohortReader(engine, spec.method() != Method.RATIO).read(cohortFile);
    CalibrationReport report = Calibrator.run(cohort, spec);
    CalibrationFiles.write(report, null, out);
    DraftCheck.Outcome draft = null;
    if (request.draftVersion() != null) {
      draft = draft(report, cohort, cohortFile, request.draftVersion(), user, out);
      CalibrationFiles.write(report, draft, out);
    }
    return summary(id, request, report, draft);
  }

  private DraftCheck.Outcome draft(
      CalibrationReport report,
      Cohort cohort,
      Path cohortFile,
      String version,
      String user,
      Path out)
      throws IOException {
    DraftPrices.of(report); // refuses an intercept fit or a missing group before writing anything
    Path rules = out.resolve("rules");
    RuleSetCatalogue served = engine.catalogue();
    MemoryRuleStore.of(served, "served").writeTo(rules);
    DraftVersion.write(served, rules, version, report, cohort, user, LocalDate.now());
    boolean requests = cohort.rows().stream().anyMatch(r -> r.request() != null);
    return DraftCheck.run(rules, version, requests ? cohortFile : null, out.resolve("scenario"));
  }

  private static CalibrationSummary summary(
      String id, CalibrationRequest request, CalibrationReport r, DraftCheck.Outcome draft) {
    Map<String, String> reports = new TreeMap<>();
    String base = "/api/v1/calibrations/" + id + "/report?format=";
    reports.put("json", base + "json");
    reports.put("html", base + "html");
    reports.put("residuals", base + "residuals");
    reports.put("problems", base + "problems");
    List<String> notes = new ArrayList<>(draft == null ? List.of() : draft.warnings());
    return new CalibrationSummary(
        id,
        request.cohortId(),
        request.method(),
        r.overall().slope().estimate(),
        r.overall().rSquared(),
        r.overall().within10(),
        r.overall().within20(),
        r.people().size() - r.setAside().size(),
        r.setAside().size(),
        r.problems().size(),
        draft == null ? null : request.draftVersion(),
        draft == null ? null : draft.casesPassed(),
        notes,
        reports);
  }

  public Path report(String id, String file) {
    Path dir;
    try {
      dir = folder.resolve(UUID.fromString(id).toString());
    } catch (IllegalArgumentException notAnId) {
      throw new CalibrationNotFoundException(id);
    }
    Path path = dir.resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new CalibrationNotFoundException(id);
    }
    return path;
  }
}
