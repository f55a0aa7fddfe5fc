package org.openras.engine.calibration;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.cases.CaseResult;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.Overrides;
import org.openras.engine.ras.RasArea;
import org.openras.engine.scenario.ReportFiles;
import org.openras.engine.scenario.ScenarioCsv;
import org.openras.engine.scenario.ScenarioReport;
import org.openras.engine.scenario.ScenarioRunner;
import org.openras.engine.scenario.ScenarioSide;
import org.openras.engine.scenario.ScenarioSpec;

/**
 * Validates a written draft and compares it with the version in force. The draft loads with every
 * other version of the rules folder (periods checked), compiles, and passes its own cases. The
 * scenario calculates the cohort under the RAS in force on the day before the draft starts
 * (baseline) and under the draft on its first day (candidate, pinned): one catalogue cannot hold
 * two RAS versions for the same day, so these are the nearest two days; any other area whose
 * version differs between them is named in {@link Outcome#warnings()}.
 */
public final class DraftCheck {
  private DraftCheck() {}

  /** What validation and the scenario found. */
  public record Outcome(
      String draft,
      String hash,
      List<CaseResult> cases,
      ScenarioReport scenario,
      List<String> warnings) {
    public boolean casesPassed() {
      return cases.stream().allMatch(CaseResult::passed);
    }
  }

  /**
   * @param cohort the cohort file (caseload lines) for the scenario, or null to skip it
   * @param scenarioOut the folder for the scenario's report, people.csv and problems.csv
   */
  public static Outcome run(Path rules, String version, Path cohort, Path scenarioOut)
      throws IOException {
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(rules));
    RuleSetVersion draft =
        engine
            .catalogue()
            .find(RasArea.AREA, version)
            .orElseThrow(() -> new CalibrationException("The draft " + version + " did not load"));
    engine.compiled(draft);
    List<CaseResult> cases =
        CaseRunner.cases(draft).stream().map(c -> CaseRunner.run(engine, c)).toList();
    LocalDate day = draft.effectiveFrom();
    List<String> warnings = warnings(engine, day);
    ScenarioReport scenario = null;
    if (cohort != null) {
      scenario = scenario(engine, version, day, cohort, scenarioOut);
    }
    return new Outcome(draft.label(), draft.hash(), cases, scenario, warnings);
  }

  private static List<String> warnings(OpenRasEngine engine, LocalDate day) {
    List<String> out = new ArrayList<>();
    for (String area : engine.catalogue().areas()) {
      if (area.equals(RasArea.AREA)) {
        continue;
      }
      var before = engine.catalogue().inForce(area, day.minusDays(1)).map(RuleSetVersion::version);
      var on = engine.catalogue().inForce(area, day).map(RuleSetVersion::version);
      if (!Objects.equals(before, on)) {
        out.add(
            "The "
                + area
                + " version in force differs between the baseline day "
                + day.minusDays(1)
                + " ("
                + before.orElse("none")
                + ") and the draft's first day "
                + day
                + " ("
                + on.orElse("none")
                + "): the scenario's change includes that difference as well as the new prices");
      }
    }
    return out;
  }

  private static ScenarioReport scenario(
      OpenRasEngine engine, String version, LocalDate day, Path cohort, Path out)
      throws IOException {
    Files.createDirectories(out);
    ScenarioSide baseline =
        new ScenarioSide(
            "baseline: the RAS in force on " + day.minusDays(1),
            day.minusDays(1),
            Map.of(),
            Overrides.NONE);
    ScenarioSide candidate =
        new ScenarioSide(
            "candidate: draft RAS " + version, day, Map.of(RasArea.AREA, version), Overrides.NONE);
    ScenarioSpec spec =
        new ScenarioSpec(
            "Draft RAS " + version + " against the version in force", baseline, candidate, null, 0);
    ScenarioReport report;
    try (Writer people =
            Files.newBufferedWriter(out.resolve("people.csv"), StandardCharsets.UTF_8);
        Writer problems =
            Files.newBufferedWriter(out.resolve("problems.csv"), StandardCharsets.UTF_8)) {
      report =
          new ScenarioRunner(engine)
              .run(cohort, spec, new ScenarioCsv(people, problems), (lines, read, total) -> {});
    }
    ReportFiles.writeJson(report, out.resolve("report.json"));
    ReportFiles.writeHtml(report, out.resolve("report.html"));
    return report;
  }
}
