package org.openras.engine.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * eligibility 2015-04-01-staged restates eligibility 2015-04-01 in named stages with typed facts
 * (docs/adr/0016): pinned to each in turn, every case of 2015-04-01 and thousands of generated
 * assessments (adults, carers, the RAS footing) give the same decisions, the same parameters read
 * and the same trace, rule by rule.
 */
class StagedEligibilityAgreesTest {
  private static final OpenRasEngine ENGINE = TestRules.engine();
  private static final StagedAgreement AGREEMENT =
      new StagedAgreement(ENGINE, "eligibility", "2015-04-01", "2015-04-01-staged");
  private static final Criteria CRITERIA =
      new EligibilityArea()
          .criteria(ENGINE.catalogue().find("eligibility", "2015-04-01").orElseThrow());
  private static final List<String> ADULT_LIMBS =
      List.of(
          "WITHOUT_ASSISTANCE",
          "SIGNIFICANT_PAIN_DISTRESS_ANXIETY",
          "ENDANGERS_HEALTH_OR_SAFETY",
          "TAKES_SIGNIFICANTLY_LONGER");
  private static final List<String> CARER_LIMBS = ADULT_LIMBS.subList(0, 3);
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 4, 1);

  @Test
  void everyCaseOf2015AgreesOnTheStagedVersion() {
    List<StagedAgreement.Named> cases = AGREEMENT.cases();
    assertThat(cases).hasSizeGreaterThan(30);
    cases.forEach(AGREEMENT::assertAgree);
  }

  @Test
  void generatedAssessmentsAgreeOnTheStagedVersion() {
    qt().withExamples(2000).forAll(assessments()).checkAssert(AGREEMENT::assertAgree);
  }

  @Test
  void theStagedVersionIsTheOneSelectedFromItsFirstDay() {
    // It supersedes 2015-04-01 for all its days (docs/adr/0006); FACS stays in force before them.
    for (LocalDate day : List.of(FIRST_DAY, LocalDate.of(2026, 12, 2), LocalDate.of(2099, 1, 1))) {
      assertThat(ENGINE.catalogue().select("eligibility", day, null).version())
          .isEqualTo("2015-04-01-staged");
      assertThat(ENGINE.catalogue().select("eligibility", day, "2015-04-01").version())
          .isEqualTo("2015-04-01");
    }
    assertThat(ENGINE.catalogue().select("eligibility", FIRST_DAY.minusDays(1), null).version())
        .isEqualTo("2003-04-01");
  }

  @Test
  void theComparisonSeesATraceInAnotherOrder() {
    // Not vacuous: with the adult's conditions 2 and 3 found in the other order every decision is
    // the same, but the trace is not, and the comparison says so.
    OpenRasEngine swapped =
        StagedAgreement.withManifest(
            "eligibility",
            "2015-04-01-staged",
            m ->
                m.replace(
                    "  - adult condition 2\n  - adult condition 3\n",
                    "  - adult condition 3\n  - adult condition 2\n"));
    StagedAgreement agreement =
        new StagedAgreement(swapped, "eligibility", "2015-04-01", "2015-04-01-staged");
    StagedAgreement.Named someone = agreement.cases().get(0);
    assertThatThrownBy(() -> agreement.assertAgree(someone))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the staged result");
  }

  /**
   * Care Act assessments over the version's own outcomes: conditions 1 and 3 either way, any subset
   * of the adult's outcomes (each with limbs, perhaps fluctuating, perhaps met by a carer), a carer
   * half the time (necessary care, health at risk, impact and outcomes each either way), a date
   * from the first day to 2027 (with RAS needs, so the RAS footing runs, from 2024-04-01 when a RAS
   * version is in force), and the RAS figure asked for or not.
   */
  static Gen<StagedAgreement.Named> assessments() {
    return SourceDSL.longs()
        .all()
        .map(
            seed -> {
              Random r = new Random(seed);
              ObjectNode request = Json.mapper().createObjectNode();
              request.put("personRef", "STAGED-ELIG-" + Long.toHexString(seed));
              boolean ras = r.nextBoolean();
              LocalDate date =
                  ras
                      ? LocalDate.of(2024, 4, 1).plusDays(r.nextInt(1000))
                      : FIRST_DAY.plusDays(r.nextInt(4400));
              request.put("assessmentDate", date.toString());
              ObjectNode person = request.putObject("person").put("dateOfBirth", "1950-01-01");
              ObjectNode e = request.putObject("eligibility");
              e.put("impairmentOrIllness", r.nextInt(4) != 0);
              e.put("significantImpactOnWellbeing", r.nextInt(4) != 0);
              outcomes(r, e.putObject("outcomes"), CRITERIA.adult(), ADULT_LIMBS);
              if (r.nextBoolean()) {
                ObjectNode carer = e.putObject("carer");
                carer.put("carerRef", "CARER-" + r.nextInt(1000));
                carer.put("necessaryCare", r.nextInt(4) != 0);
                carer.put("healthAtRisk", r.nextBoolean());
                carer.put("significantImpactOnWellbeing", r.nextInt(4) != 0);
                outcomes(r, carer.putObject("outcomes"), CRITERIA.carer(), CARER_LIMBS);
              }
              if (ras) {
                PrimarySupportReason[] groups = PrimarySupportReason.values();
                person.put("primarySupportReason", groups[r.nextInt(groups.length)].name());
                request.putObject("needs").put("personal-care", r.nextInt(5));
                e.put("rasWhenNotEligible", r.nextBoolean());
              }
              return new StagedAgreement.Named("generated " + request, request);
            });
  }

  /** Each outcome of the party out of reach with a chance of one in three. */
  private static void outcomes(Random r, ObjectNode out, Criteria.Party party, List<String> limbs) {
    for (Criteria.Item item : party.outcomes()) {
      if (r.nextInt(3) != 0) {
        continue;
      }
      ObjectNode o = out.putObject(item.code());
      ArrayNode chosen = o.putArray("limbs");
      int mask = 1 + r.nextInt((1 << limbs.size()) - 1);
      for (int i = 0; i < limbs.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          chosen.add(limbs.get(i));
        }
      }
      if (r.nextBoolean()) {
        o.put("fluctuating", r.nextBoolean());
      }
      if (r.nextBoolean()) {
        o.put("metByCarer", r.nextBoolean());
      }
    }
  }
}
