package org.openras.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    // Money is text, rounded as stated; statistics stay numbers; nulls are left out (ADR 0023).
    var overall = json.get("overall");
    assertThat(overall.get("pricePerPoint").isString()).isTrue();
    assertThat(overall.get("pricePerPoint").asString())
        .isEqualTo(
            BigDecimal.valueOf(r.overall().slope().estimate())
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString());
    assertThat(overall.get("slope").get("estimate").asString()).matches("-?\\d+\\.\\d{4}");
    assertThat(overall.get("residuals").get("median").asString()).matches("-?\\d+\\.\\d{2}");
    assertThat(overall.get("rSquared").isNumber()).isTrue();
    assertThat(overall.has("intercept")).as("ols-origin has no intercept: left out").isFalse();
    assertThat(json.has("budgetUsed")).as("least squares uses no budget: left out").isFalse();
    assertThat(json.get("spec").get("method").asString()).isEqualTo("ols-origin");
    assertThat(json.get("people").get(0).get("actualWeeklyCost").asString())
        .matches("-?\\d+\\.\\d{2}");
    assertThat(Files.readString(out.resolve("calibration.json"))).doesNotContain("null");
    // Read back (the service's page of a fit): the same fit, money to the penny.
    CalibrationReport back =
        CalibrationFiles.read(Files.readString(out.resolve("calibration.json")));
    assertThat(back.people()).hasSameSizeAs(r.people());
    assertThat(back.overall().slope().estimate())
        .isCloseTo(r.overall().slope().estimate(), org.assertj.core.data.Offset.offset(0.00005));
    assertThat(back.groups()).hasSameSizeAs(r.groups());
  }

  @Test
  void aReportWrittenBeforeItWasTypedIsStillRead() {
    CalibrationReport r =
        Calibrator.run(
            Cohorts.handWorked(), new CalibrationSpec(Method.OLS, false, false, null, null));
    String old = Json.mapper().writeValueAsString(r); // the fitting record, as it was written
    assertThat(CalibrationFiles.read(old)).isEqualTo(r);
    assertThat(CalibrationFiles.read(CalibrationFiles.json(r)).overall().intercept()).isNotNull();
  }

  @Test
  void theRatioMethodsBudgetIsPoundsToThePenny() {
    CalibrationReport r =
        Calibrator.run(
            Cohorts.handWorked(),
            new CalibrationSpec(
                Method.RATIO, false, false, new BigDecimal("1000.005"), BigDecimal.ZERO));
    var json = Json.mapper().readTree(CalibrationFiles.json(r));
    assertThat(json.get("budgetUsed").asString()).isEqualTo("1000.01");
    assertThat(json.get("spec").get("budget").asString()).isEqualTo("1000.01");
    assertThat(json.get("overall").get("pricePerPoint").asString()).isEqualTo("10.00");
  }
}
