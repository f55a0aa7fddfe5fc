package org.openras.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;

class VersionTestReportTest {
  @TempDir Path store;

  @Test
  void aShippedVersionPassesEveryCaseAndSaysHowMany() {
    VersionTestReport report = VersionTestReport.run(TestRules.engine(), "ras", "2024-04-01");
    assertThat(report.passed()).as(report.text()).isTrue();
    assertThat(report.results()).hasSizeGreaterThan(10);
    assertThat(report.summary())
        .isEqualTo(
            "ras/2024-04-01: "
                + report.results().size()
                + " cases, "
                + report.results().size()
                + " passed, 0 failed");
    assertThat(report.text())
        .contains("ras/2024-04-01/cases/budgets.yaml\n  PASS ")
        .endsWith(report.summary() + "\n");
  }

  @Test
  void aFailingCaseShowsItsSentenceExpectedAgainstActualAndTheTrace() {
    BrokenVersions.copyArea(store, "ras");
    Path cases = store.resolve("ras/2024-04-01/cases/budgets.yaml");
    BrokenVersions.replace(
        cases, "ras.calculatedWeeklyBudget: \"100.80\"", "ras.calculatedWeeklyBudget: \"100.81\"");
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(store));
    VersionTestReport report = VersionTestReport.run(engine, "ras", "2024-04-01");
    assertThat(report.passed()).isFalse();
    assertThat(report.failedCount()).isEqualTo(1);
    assertThat(report.text())
        .contains("FAIL ")
        .contains("ras.calculatedWeeklyBudget: expected 100.81 but was 100.80")
        .contains("trace:")
        .contains("RAS-040");
    assertThat(report.summary()).endsWith("1 failed - FAILED");
  }

  @Test
  void anUnknownVersionNamesTheVersionsThereAre() {
    assertThatThrownBy(() -> VersionTestReport.run(TestRules.engine(), "ras", "2019-04-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-04-01");
  }
}
