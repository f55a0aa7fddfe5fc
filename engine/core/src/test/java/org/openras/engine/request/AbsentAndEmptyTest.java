package org.openras.engine.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.json.Json;
import org.openras.engine.request.EligibilityRequest.CarerRequest;
import org.openras.engine.request.EligibilityRequest.OutcomeRecord;
import org.openras.engine.result.CalculationResult;

/**
 * An optional list or map sent empty means what it means when left out (docs/adr/0023): generated
 * clients send {@code []} and {@code {}} for fields their caller never set (issue 20).
 */
class AbsentAndEmptyTest {
  private static final LocalDate CARE_ACT_DAY = LocalDate.of(2026, 12, 2);
  private static final LocalDate FACS_DAY = LocalDate.of(2012, 9, 1);

  private static CalculationRequest request(
      LocalDate date, Map<String, Integer> needs, EligibilityRequest eligibility) {
    return new CalculationRequest(
        "EMPTY-1",
        date,
        new PersonDetails(LocalDate.of(1950, 1, 1), null),
        needs,
        Map.of(),
        Map.of(),
        null,
        null,
        null,
        eligibility,
        null);
  }

  private static EligibilityRequest careAct(
      Map<String, OutcomeRecord> outcomes, List<String> riskFactors, CarerRequest carer) {
    return new EligibilityRequest(true, outcomes, true, carer, riskFactors, null);
  }

  private static String answer(CalculationRequest request) {
    CalculationResult result = TestRules.engine().calculate(request);
    return Json.mapper().writeValueAsString(result);
  }

  @Test
  void anEmptyRiskFactorListOnACareActDateIsNoFacsField() {
    Map<String, OutcomeRecord> unable =
        Map.of(
            "a",
            new OutcomeRecord(List.of("WITHOUT_ASSISTANCE"), null, null),
            "b",
            new OutcomeRecord(List.of("WITHOUT_ASSISTANCE"), null, null));
    String absent = answer(request(CARE_ACT_DAY, null, careAct(unable, null, null)));
    String empty = answer(request(CARE_ACT_DAY, null, careAct(unable, List.of(), null)));
    assertThat(empty).isEqualTo(absent).contains("\"eligible\":true");
  }

  @Test
  void anEmptyOutcomeMapIsNoOutcomeRecorded() {
    String absent = answer(request(CARE_ACT_DAY, null, careAct(null, null, null)));
    String empty = answer(request(CARE_ACT_DAY, null, careAct(Map.of(), List.of(), null)));
    assertThat(empty).isEqualTo(absent).contains("\"eligible\":false");
    CarerRequest carerAbsent = new CarerRequest("CARER-1", true, true, null, true);
    CarerRequest carerEmpty = new CarerRequest("CARER-1", true, true, Map.of(), true);
    assertThat(answer(request(CARE_ACT_DAY, null, careAct(null, null, carerEmpty))))
        .isEqualTo(answer(request(CARE_ACT_DAY, null, careAct(null, null, carerAbsent))));
  }

  @Test
  void anEmptyNeedsMapDoesNotStartTheRas() {
    CalculationRequest empty = request(CARE_ACT_DAY, Map.of(), careAct(null, List.of(), null));
    assertThat(empty.needs()).isNull();
    String answer = answer(empty);
    assertThat(answer).isEqualTo(answer(request(CARE_ACT_DAY, null, careAct(null, null, null))));
    assertThat(
            Json.mapper().readTree(answer).path("ras").isMissingNode()
                || Json.mapper().readTree(answer).path("ras").isNull())
        .isTrue();
  }

  @Test
  void underFacsAbsentRiskFactorsAreNoneRecorded() {
    EligibilityRequest absent = new EligibilityRequest(null, null, null, null, null, null);
    EligibilityRequest empty = new EligibilityRequest(null, Map.of(), null, null, List.of(), null);
    String none = answer(request(FACS_DAY, null, absent));
    assertThat(answer(request(FACS_DAY, null, empty))).isEqualTo(none);
    assertThat(Json.mapper().readTree(none).at("/eligibility/adult/eligible").asBoolean())
        .isFalse();
  }

  @Test
  void anEmptyBodyFromAGeneratedClientReadsAsTheSparseOne() {
    String sparse =
        "{\"personRef\":\"EMPTY-2\",\"assessmentDate\":\"2026-12-02\","
            + "\"person\":{\"dateOfBirth\":\"1950-01-01\"},"
            + "\"eligibility\":{\"impairmentOrIllness\":true,\"significantImpactOnWellbeing\":true}}";
    String generated =
        "{\"personRef\":\"EMPTY-2\",\"assessmentDate\":\"2026-12-02\","
            + "\"person\":{\"dateOfBirth\":\"1950-01-01\"},\"needs\":{},\"informalSupport\":{},"
            + "\"ruleSetVersions\":{},\"eligibility\":{\"impairmentOrIllness\":true,"
            + "\"significantImpactOnWellbeing\":true,\"outcomes\":{},\"riskFactors\":[]}}";
    CalculationRequest a = Json.mapper().readValue(sparse, CalculationRequest.class);
    CalculationRequest b = Json.mapper().readValue(generated, CalculationRequest.class);
    assertThat(b).isEqualTo(a);
    assertThat(answer(b)).isEqualTo(answer(a));
  }
}
