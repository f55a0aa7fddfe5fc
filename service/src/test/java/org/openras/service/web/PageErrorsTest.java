package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.engine.request.FieldError;

/** The engine's field paths land on the form field the assessor must fix. */
class PageErrorsTest {
  @ParameterizedTest
  @CsvSource({
    "personRef, personRef",
    "assessmentDate, assessmentDate",
    "person.dateOfBirth, dateOfBirth",
    "person.primarySupportReason, primarySupportReason",
    "needs.mobility, needs-mobility",
    "informalSupport.mobility, informal-mobility",
    "eligibility.outcomes.b.limbs, outcome-b",
    "eligibility.significantImpactOnWellbeing, significantImpact",
    "eligibility.impairmentOrIllness, impairment",
    "finances.weeklyIncome.STATE_PENSION, income-STATE_PENSION",
    "finances.capital, capital"
  })
  void eachEnginePathNamesItsFormField(String path, String fieldId) {
    assertThat(PageErrors.fieldId(path)).isEqualTo(fieldId);
  }

  @Test
  void theFirstProblemOnAFieldIsTheOneShownAndItNamesTheField() {
    PageErrors errors = new PageErrors();
    errors.addEngine(
        List.of(
            new FieldError("assessmentDate", "has no rule set in force"),
            new FieldError("assessmentDate", "second")));
    assertThat(errors.getByField())
        .containsExactly(
            java.util.Map.entry("assessmentDate", "Assessment date has no rule set in force"));
  }
}
