package org.openras.engine.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.EligibilityRequest;
import org.openras.engine.request.EligibilityRequest.CarerRequest;
import org.openras.engine.request.EligibilityRequest.OutcomeRecord;
import org.openras.engine.request.PersonDetails;

/** Builds eligibility-only calculation requests for the eligibility tests. */
final class EligibilityRequests {
  static final LocalDate CARE_ACT_DAY = LocalDate.of(2019, 9, 1);
  static final LocalDate FACS_DAY = LocalDate.of(2012, 9, 1);

  private EligibilityRequests() {}

  static OutcomeRecord unable(String... limbs) {
    return new OutcomeRecord(List.of(limbs), null, null);
  }

  static CalculationRequest adult(
      boolean impairment, boolean impact, Map<String, OutcomeRecord> outcomes, CarerRequest carer) {
    return request(
        CARE_ACT_DAY, new EligibilityRequest(impairment, outcomes, impact, carer, null, null));
  }

  static CarerRequest carer(
      boolean necessaryCare,
      boolean healthAtRisk,
      Map<String, OutcomeRecord> outcomes,
      boolean impact) {
    return new CarerRequest("CARER-1", necessaryCare, healthAtRisk, outcomes, impact);
  }

  static CalculationRequest facs(LocalDate date, String... riskFactors) {
    return request(
        date, new EligibilityRequest(null, null, null, null, List.of(riskFactors), null));
  }

  static CalculationRequest request(LocalDate date, EligibilityRequest eligibility) {
    return new CalculationRequest(
        "ELIG-TEST-1",
        date,
        new PersonDetails(LocalDate.of(1950, 1, 1), null),
        null,
        null,
        null,
        null,
        null,
        null,
        eligibility,
        null);
  }
}
