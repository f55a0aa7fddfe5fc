package org.openras.engine.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openras.engine.eligibility.EligibilityRequests.adult;
import static org.openras.engine.eligibility.EligibilityRequests.carer;
import static org.openras.engine.eligibility.EligibilityRequests.unable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.explain.Reason;
import org.openras.engine.request.EligibilityRequest;
import org.openras.engine.request.EligibilityRequest.OutcomeRecord;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.result.CalculationResult;

/**
 * Example tests of the Care Act 2014 rules (rules/eligibility/2015-04-01), one or more per rule.
 */
class CareActEligibilityTests {
  private static final Map<String, OutcomeRecord> TWO =
      Map.of("a", unable("WITHOUT_ASSISTANCE"), "b", unable("WITHOUT_ASSISTANCE"));

  private static CalculationResult calculate(org.openras.engine.request.CalculationRequest r) {
    return TestRules.engine().calculate(r);
  }

  private static List<String> firedRules(CalculationResult r) {
    return r.trace().stream().map(Reason::getRuleId).toList();
  }

  @Test
  void elig010_020_030_040_050_anEligibleAdultFiresTheMetRulesInStageOrder() {
    CalculationResult r = calculate(adult(true, true, TWO, null));
    assertThat(firedRules(r))
        .containsExactly("ELIG-010", "ELIG-020", "ELIG-020", "ELIG-030", "ELIG-040", "ELIG-050");
    assertThat(r.eligibility().adult().eligible()).isTrue();
    assertThat(r.ruleSets()).extracting("area").containsExactly("eligibility");
    assertThat(r.ras()).isNull();
  }

  @Test
  void everyReasonCitesItsRegulationWithoutQuotes() {
    CalculationResult r = calculate(adult(true, true, TWO, null));
    assertThat(r.trace())
        .allSatisfy(reason -> assertThat(reason.getSource()).startsWith("SI 2015/313 reg"));
    assertThat(r.eligibility().adult().conditions())
        .extracting("citation")
        .containsExactly(
            "SI 2015/313 reg 2(1)(a)", "SI 2015/313 reg 2(1)(b)", "SI 2015/313 reg 2(1)(c)");
  }

  @Test
  void elig030_readsTheNumberOfOutcomesRequiredFromTheParameters() {
    CalculationResult r = calculate(adult(true, true, TWO, null));
    assertThat(r.parameters())
        .anySatisfy(
            p -> {
              assertThat(p.name()).isEqualTo("adultOutcomesRequired");
              assertThat(p.value()).isEqualTo("2");
              assertThat(p.marker()).isEqualTo("R");
            });
  }

  @Test
  void elig011_031_041_051_everyFailedConditionIsNamed() {
    CalculationResult r = calculate(adult(false, false, Map.of(), null));
    assertThat(firedRules(r)).containsExactly("ELIG-011", "ELIG-031", "ELIG-041", "ELIG-051");
    Reason decision = r.trace().get(r.trace().size() - 1);
    assertThat(decision.getRead()).containsEntry("conditionsFailed", List.of("1", "2", "3"));
    assertThat(r.eligibility().adult().conditions()).extracting("met").containsOnly(false);
  }

  @Test
  void elig021_aFluctuatingOutcomeCountsUnderReg2Paragraph4() {
    var outcomes =
        Map.of(
            "c",
            new OutcomeRecord(List.of("WITHOUT_ASSISTANCE"), true, null),
            "d",
            unable("TAKES_SIGNIFICANTLY_LONGER"));
    CalculationResult r = calculate(adult(true, true, outcomes, null));
    assertThat(firedRules(r)).contains("ELIG-021", "ELIG-020");
    assertThat(r.eligibility().adult().eligible()).isTrue();
  }

  @Test
  void elig022_aNeedACarerMeetsIsSaidToCountAndDoes() {
    var outcomes =
        Map.of(
            "a", new OutcomeRecord(List.of("WITHOUT_ASSISTANCE"), null, true),
            "b", new OutcomeRecord(List.of("SIGNIFICANT_PAIN_DISTRESS_ANXIETY"), null, true));
    CalculationResult r = calculate(adult(true, true, outcomes, null));
    assertThat(firedRules(r)).filteredOn("ELIG-022"::equals).hasSize(2);
    assertThat(r.eligibility().adult().eligible()).isTrue();
  }

  @Test
  void elig120_131_150_aCarerWithOneOutcomeOutOfReachIsEligible() {
    var carer = carer(true, false, Map.of("h", unable("SIGNIFICANT_PAIN_DISTRESS_ANXIETY")), true);
    CalculationResult r = calculate(adult(true, true, TWO, carer));
    assertThat(firedRules(r)).contains("ELIG-110", "ELIG-120", "ELIG-131", "ELIG-140", "ELIG-150");
    assertThat(r.eligibility().carer().eligible()).isTrue();
    assertThat(r.eligibility().carer().reference()).isEqualTo("CARER-1");
    assertThat(r.eligibility().carer().outcomesCounted()).extracting("code").containsExactly("h");
  }

  @Test
  void elig130_healthAtRiskMeetsCarerCondition2EvenWithOutcomesRecorded() {
    var carer = carer(true, true, Map.of("a", unable("WITHOUT_ASSISTANCE")), true);
    CalculationResult r = calculate(adult(true, true, TWO, carer));
    assertThat(firedRules(r)).contains("ELIG-130").doesNotContain("ELIG-131", "ELIG-132");
    assertThat(r.eligibility().carer().outcomesCounted()).hasSize(1);
  }

  @Test
  void elig111_132_141_151_aCarerFailingEveryConditionIsNotEligible() {
    CalculationResult r = calculate(adult(true, true, TWO, carer(false, false, null, false)));
    assertThat(firedRules(r)).contains("ELIG-111", "ELIG-132", "ELIG-141", "ELIG-151");
    assertThat(r.eligibility().carer().eligible()).isFalse();
    assertThat(r.eligibility().adult().eligible()).isTrue();
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    var carer =
        new EligibilityRequest.CarerRequest(
            null, true, null, Map.of("b", unable("TAKES_SIGNIFICANTLY_LONGER")), true);
    var request =
        EligibilityRequests.request(
            LocalDate.of(2020, 1, 1),
            new EligibilityRequest(
                null,
                Map.of("z", unable("WITHOUT_ASSISTANCE"), "a", unable()),
                true,
                carer,
                List.of("LIFE_THREATENED"),
                null));
    assertThatThrownBy(() -> calculate(request))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "eligibility.riskFactors",
                        "eligibility.impairmentOrIllness",
                        "eligibility.outcomes.z",
                        "eligibility.outcomes.a.limbs",
                        "eligibility.carer.carerRef",
                        "eligibility.carer.healthAtRisk",
                        "eligibility.carer.outcomes.b.limbs"));
  }
}
