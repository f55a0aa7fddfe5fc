package org.openras.engine.ras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.StagedAgreement;
import org.openras.engine.TestRules;
import org.openras.engine.json.Json;
import org.openras.engine.request.PrimarySupportReason;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.node.ObjectNode;

/**
 * ras 2025-04-01-staged restates ras 2025-04-01 in named stages (docs/adr/0016): pinned to each in
 * turn, every case of 2025-04-01 and thousands of generated assessments give the same figures, the
 * same parameters read and the same trace, rule by rule.
 */
class StagedRasAgreesTest {
  private static final OpenRasEngine ENGINE = TestRules.engine();
  private static final StagedAgreement AGREEMENT =
      new StagedAgreement(ENGINE, "ras", "2025-04-01", "2025-04-01-staged");
  private static final Questionnaire QUESTIONNAIRE =
      new RasArea().questionnaire(ENGINE.catalogue().find("ras", "2025-04-01").orElseThrow());
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);

  @Test
  void everyCaseOf2025AgreesOnTheStagedVersion() {
    List<StagedAgreement.Named> cases = AGREEMENT.cases();
    assertThat(cases).hasSizeGreaterThan(20);
    cases.forEach(AGREEMENT::assertAgree);
  }

  @Test
  void generatedAssessmentsAgreeOnTheStagedVersion() {
    qt().withExamples(2000).forAll(assessments()).checkAssert(AGREEMENT::assertAgree);
  }

  @Test
  void theStagedVersionIsTheOneSelectedFromItsFirstDay() {
    // It supersedes 2025-04-01 for all its days (docs/adr/0006): a calculation that pins nothing
    // gets the staged version; 2025-04-01 stays pinnable for replay.
    for (LocalDate day : List.of(FIRST_DAY, LocalDate.of(2026, 12, 2), LocalDate.of(2099, 1, 1))) {
      assertThat(ENGINE.catalogue().select("ras", day, null).version())
          .isEqualTo("2025-04-01-staged");
      assertThat(ENGINE.catalogue().select("ras", day, "2025-04-01").version())
          .isEqualTo("2025-04-01");
    }
  }

  @Test
  void theComparisonSeesATraceInAnotherOrder() {
    // Not vacuous: with the ceiling and annual stages swapped every figure is the same, but the
    // trace lists RAS-070 before RAS-060, and the comparison says so.
    OpenRasEngine swapped =
        StagedAgreement.withManifest(
            "ras",
            "2025-04-01-staged",
            m -> m.replace("  - ceiling\n  - annual\n", "  - annual\n  - ceiling\n"));
    StagedAgreement agreement =
        new StagedAgreement(swapped, "ras", "2025-04-01", "2025-04-01-staged");
    StagedAgreement.Named someone = agreement.cases().get(1);
    assertThatThrownBy(() -> agreement.assertAgree(someone))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the staged result");
  }

  /**
   * Assessments over the questionnaire's own domains and levels: any client group, a date from the
   * first day over two years (through the October 2025 adjustments), unpaid support shares that are
   * often none, often a rounding edge (a half point), sometimes anything, and sometimes a previous
   * budget for transitional protection.
   */
  static Gen<StagedAgreement.Named> assessments() {
    List<Questionnaire.Domain> domains = QUESTIONNAIRE.domains();
    int[] edges = {0, 0, 0, 25, 35, 36, 50, 100};
    PrimarySupportReason[] groups = PrimarySupportReason.values();
    return SourceDSL.longs()
        .all()
        .map(
            seed -> {
              Random r = new Random(seed);
              ObjectNode request = Json.mapper().createObjectNode();
              request.put("personRef", "STAGED-RAS-" + Long.toHexString(seed));
              request.put("assessmentDate", FIRST_DAY.plusDays(r.nextInt(731)).toString());
              request
                  .putObject("person")
                  .put("primarySupportReason", groups[r.nextInt(groups.length)].name());
              ObjectNode needs = request.putObject("needs");
              ObjectNode shares = request.putObject("informalSupport");
              for (Questionnaire.Domain d : domains) {
                int level = r.nextInt(d.maxLevel() + 1);
                needs.put(d.code(), level);
                int percent = r.nextBoolean() ? edges[r.nextInt(edges.length)] : r.nextInt(101);
                if (percent > 0) {
                  shares.put(d.code(), BigDecimal.valueOf(percent, 2));
                }
              }
              if (r.nextInt(3) == 0) {
                request.put(
                    "previousWeeklyBudget",
                    BigDecimal.valueOf(r.nextInt(150_000), 2).toPlainString());
              }
              return new StagedAgreement.Named("generated " + request, request);
            });
  }
}
