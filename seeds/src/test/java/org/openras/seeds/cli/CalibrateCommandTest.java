package org.openras.seeds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.seeds.caseload.CaseloadGenerator;
import picocli.CommandLine;

/** {@code openras calibrate} on a generated cohort, as a finance officer would run it. */
class CalibrateCommandTest {
  private static final String RULES = Path.of("..", "rules").toAbsolutePath().toString();
  @TempDir static Path dir;
  static Path cohort;

  @BeforeAll
  static void generate() throws Exception {
    cohort = dir.resolve("cohort.jsonl");
    try (Writer w = Files.newBufferedWriter(cohort, StandardCharsets.UTF_8)) {
      new CaseloadGenerator(9, false).write(w, 300, n -> {});
    }
  }

  private static int run(String... args) {
    return new CommandLine(new OpenRasCli()).execute(args);
  }

  @Test
  void writesTheFitReportAndAValidatedDraftComparedByScenario() throws Exception {
    Path out = dir.resolve("ratio");
    int status =
        run(
            "calibrate",
            "--cohort",
            cohort.toString(),
            "--rules",
            RULES,
            "--method",
            "ratio",
            "--contingency",
            "0.05",
            "--set-aside-outliers",
            "--draft-version",
            "2026-04-01",
            "--author",
            "Finance officer",
            "-o",
            out.toString());
    assertThat(status).isZero();
    for (String f :
        new String[] {
          "calibration.html",
          "calibration.json",
          "residuals.csv",
          "problems.csv",
          "rules/ras/2026-04-01/ruleset.yaml",
          "rules/ras/2026-04-01/provenance.yaml",
          "rules/ras/2026-04-01/cases/calibration.yaml",
          "scenario/report.html"
        }) {
      assertThat(out.resolve(f)).exists();
    }
    assertThat(Files.readString(out.resolve("calibration.html"))).contains("3 of 3 passed");
    // calibration.json is typed: money as text (ADR 0023, 2026-12-03), no nulls.
    String json = Files.readString(out.resolve("calibration.json"));
    var report = org.openras.engine.json.Json.mapper().readTree(json);
    assertThat(report.at("/overall/pricePerPoint").isString()).isTrue();
    assertThat(report.at("/budgetUsed").isString()).isTrue();
    assertThat(json).doesNotContain(": null");
  }

  @Test
  void anInterceptFitIsReportedButNotWrittenAsADraft() {
    Path out = dir.resolve("ols");
    int status =
        run(
            "calibrate",
            "--cohort",
            cohort.toString(),
            "--rules",
            RULES,
            "--method",
            "ols",
            "--draft-version",
            "2026-04-01",
            "--author",
            "Finance officer",
            "-o",
            out.toString());
    assertThat(status).isEqualTo(2);
    assertThat(out.resolve("calibration.html")).exists();
    assertThat(out.resolve("rules/ras/2026-04-01")).doesNotExist();
  }

  @Test
  void byGroupOnASmallCohortNamesTheGroupsThatFallShort() {
    Path out = dir.resolve("by-group");
    int status =
        run(
            "calibrate",
            "--cohort",
            cohort.toString(),
            "--rules",
            RULES,
            "--method",
            "ols-origin",
            "--by-group",
            "-o",
            out.toString());
    assertThat(status).isEqualTo(2);
  }
}
