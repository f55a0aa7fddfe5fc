package org.openras.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.json.Json;

/** The fit report's files: self-contained HTML with charts, per-person residuals, problems. */
class CalibrationFilesTest {
  @Test
  void writesAReportThatOpensWithoutANetwork(@TempDir Path out) throws Exception {
    Cohort c = Cohorts.everyGroup(4);
    Cohort withProblem =
        new Cohort(
            c.sha256(),
            c.lines() + 1,
            c.rows(),
            List.of(new CohortProblem(45, "C-45", "actualWeeklyCost", "missing: no plan cost")));
    CalibrationReport r =
        Calibrator.run(withProblem, new CalibrationSpec(Method.OLS_ORIGIN, true, true, null, null));
    CalibrationFiles.write(r, null, out);
    String html = Files.readString(out.resolve("calibration.html"));
    assertThat(html).contains(c.sha256()).contains("<svg").contains("Residuals by group");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    List<String> residuals = Files.readAllLines(out.resolve("residuals.csv"));
    assertThat(residuals.get(0)).isEqualTo(CalibrationFiles.RESIDUALS_HEADER);
    assertThat(residuals).hasSize(1 + c.rows().size());
    assertThat(Files.readAllLines(out.resolve("problems.csv")))
        .containsExactly(
            "line,personRef,field,problem", "45,C-45,actualWeeklyCost,missing: no plan cost");
    var json = Json.mapper().readTree(Files.readString(out.resolve("calibration.json")));
    assertThat(json.get("groups").size()).isEqualTo(11);
    assertThat(json.get("overall").get("interval80").get("upperShare").asDouble()).isGreaterThan(1);
  }
}
