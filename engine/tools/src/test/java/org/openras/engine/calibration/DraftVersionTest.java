package org.openras.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.cases.CaseResult;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.request.PrimarySupportReason;

/**
 * A fit written as a draft RAS version: it loads beside the shipped versions, compiles, passes the
 * cases written for it, and a scenario compares it with the version in force.
 */
class DraftVersionTest {
  @TempDir static Path dir;
  static Path cohortFile;
  static Cohort cohort;
  static CalibrationReport report;
  static Path rules;
  static Path draft;

  @BeforeAll
  static void writeDraft() throws Exception {
    cohortFile = CohortFiles.write(dir.resolve("cohort.jsonl"), 5, 7.0, 42);
    cohort = new CohortReader(TestRules.engine(), false).read(cohortFile);
    report =
        Calibrator.run(
            cohort, new CalibrationSpec(Method.RATIO, true, false, null, BigDecimal.ZERO));
    rules = dir.resolve("rules");
    RulesCopy.copy(TestRules.DIR, rules);
    draft =
        DraftVersion.write(
            TestRules.engine().catalogue(),
            rules,
            "2026-04-01",
            report,
            cohort,
            "Finance officer (test)",
            LocalDate.of(2026, 2, 1));
  }

  @Test
  void theDraftHoldsTheNewPricesIntervalAndProvenance() throws Exception {
    var v =
        OpenRasEngine.load(new DirectoryRuleStore(rules))
            .catalogue()
            .find("ras", "2026-04-01")
            .orElseThrow();
    ParameterSet p = ParameterSet.load(v);
    LocalDate on = LocalDate.of(2026, 4, 1);
    DraftPrices prices = DraftPrices.of(report);
    for (PrimarySupportReason psr : PrimarySupportReason.values()) {
      assertThat(p.read("pricePerPoint", psr.name(), on).value())
          .isEqualTo(prices.pricePerPoint().get(psr).toString());
      assertThat(p.decimal("predictionInterval80Lower", psr.name(), on)).isLessThan(BigDecimal.ONE);
      assertThat(p.decimal("predictionInterval80Upper", psr.name(), on))
          .isGreaterThan(BigDecimal.ONE);
    }
    assertThat(v.manifest().illustrative()).isTrue();
    // The latest RAS version is 2025-04-01-staged, which restates 2025-04-01 in named stages
    // (docs/adr/0016): the draft copies it, its stages, and runs the typical range in a stage of
    // its own after the last.
    assertThat(v.manifest().supersedes()).isEqualTo("2025-04-01-staged");
    assertThat(v.manifest().stages()).endsWith("annual", "typical range");
    assertThat(v.source().text("Ras.drl"))
        .contains("package org.openras.rules.ras.v2026_04_01;")
        .contains("agenda-group \"typical range\"")
        .doesNotContain("salience");
    assertThat(v.source().text("provenance.yaml"))
        .contains(cohort.sha256())
        .contains("ranBy: \"Finance officer (test)\"")
        .contains("method: \"ratio\"");
    assertThat(v.source().has("cases/budgets.yaml")).isFalse();
  }

  @Test
  void theDraftCompilesAndPassesItsOwnCasesAndIsComparedByScenario() throws Exception {
    DraftCheck.Outcome outcome =
        DraftCheck.run(rules, "2026-04-01", cohortFile, dir.resolve("scenario"));
    assertThat(outcome.cases()).hasSize(3);
    assertThat(outcome.cases()).allSatisfy(c -> assertThat(c.passed()).as(c.report()).isTrue());
    assertThat(outcome.scenario().caseload().calculated()).isEqualTo(cohort.rows().size());
    assertThat(outcome.scenario().candidate().pins()).containsEntry("ras", "2026-04-01");
    assertThat(Files.readString(dir.resolve("scenario/report.html"))).contains("2026-04-01");
    // The shipped adjustments version ends on 2026-03-31: the scenario says so.
    assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w).contains("adjustments"));
  }

  @Test
  void aCalculationUnderTheDraftGivesAssessorsTheTypicalRange() {
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(rules));
    var row = cohort.rows().stream().filter(r -> r.request() != null).findFirst().orElseThrow();
    var request = row.request();
    var pinned =
        new org.openras.engine.request.CalculationRequest(
            request.personRef(),
            LocalDate.of(2026, 5, 1),
            request.person(),
            request.needs(),
            request.informalSupport(),
            java.util.Map.of("ras", "2026-04-01"));
    var ras = engine.calculate(pinned).ras();
    assertThat(ras.typicalRange()).isNotNull();
    assertThat(ras.typicalRange().lower()).isLessThanOrEqualTo(ras.weeklyBudget());
    assertThat(ras.typicalRange().upper()).isGreaterThanOrEqualTo(ras.weeklyBudget());
    assertThat(ras.typicalRange().sentence())
        .startsWith("People with similar needs typically received between £");
    // The shipped versions carry no interval, so they give no range.
    assertThat(TestRules.engine().calculate(request).ras().typicalRange()).isNull();
  }

  @Test
  void aCaseWithTheOldPricesWouldFail() throws Exception {
    // The cases are not vacuous: the same person under the shipped 2025 prices gets another figure.
    CaseResult first = DraftCheck.run(rules, "2026-04-01", null, null).cases().get(0);
    assertThat(first.policyCase().expected().get("ras.pricePerPoint").asString())
        .isNotEqualTo("7.50");
  }

  @Test
  void aDraftThatWouldClashWithTheLatestVersionIsRefused() {
    assertThatThrownBy(
            () ->
                DraftVersion.write(
                    TestRules.engine().catalogue(),
                    rules,
                    "2025-04-01-x",
                    report,
                    cohort,
                    "me",
                    LocalDate.now()))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("must start after the latest RAS version, 2025-04-01");
  }
}
