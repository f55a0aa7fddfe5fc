package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the form: what cannot be read is an error on its own field, never a crash. */
class AssessmentFormTest {
  static final List<String> DOMAINS = List.of("mobility");

  AssessmentForm filled() {
    AssessmentForm f = new AssessmentForm();
    f.setPersonRef("P-1");
    f.setAssessmentDate("2025-06-02");
    f.setDateOfBirth("1950-03-04");
    f.setPrimarySupportReason("MENTAL_HEALTH");
    f.getNeeds().put("mobility", "2");
    return f;
  }

  @Test
  void aCompleteFormReadsAsARequestWithSharesAsFractions() {
    AssessmentForm f = filled();
    f.getInformal().put("mobility", "25");
    f.setImpairment("yes");
    f.setLimbs(List.of("b:WITHOUT_ASSISTANCE"));
    f.getIncome().put("STATE_PENSION", "221.20");
    PageErrors errors = new PageErrors();
    var request = f.toRequest(DOMAINS, errors);
    assertThat(errors.any()).isFalse();
    assertThat(request.needs()).containsEntry("mobility", 2);
    assertThat(request.informalSupport().get("mobility")).isEqualByComparingTo("0.25");
    assertThat(request.eligibility().outcomes().get("b").limbs())
        .containsExactly("WITHOUT_ASSISTANCE");
    assertThat(request.finances().weeklyIncome().get("STATE_PENSION").toString())
        .isEqualTo("221.20");
  }

  @Test
  void noEligibilityOrFinancesAnsweredMeansNeitherSectionIsSent() {
    var request = filled().toRequest(DOMAINS, new PageErrors());
    assertThat(request.eligibility()).isNull();
    assertThat(request.finances()).isNull();
  }

  @Test
  void unreadableAnswersAreErrorsOnTheirFields() {
    AssessmentForm f = filled();
    f.setAssessmentDate("2 June");
    f.setPrimarySupportReason("NOT_A_REASON");
    f.getNeeds().put("mobility", "two");
    f.getInformal().put("mobility", "a lot");
    f.setCapital("lots");
    PageErrors errors = new PageErrors();
    assertThat(f.toRequest(DOMAINS, errors)).isNull();
    assertThat(errors.getByField().keySet())
        .containsExactly(
            "assessmentDate",
            "needs-mobility",
            "informal-mobility",
            "primarySupportReason",
            "capital");
    assertThat(errors.getByField())
        .containsEntry(
            "assessmentDate",
            "Enter the assessment date as year-month-day, for example 2025-06-02");
  }

  @Test
  void anEmptyFormAsksForEachRequiredAnswer() {
    PageErrors errors = new PageErrors();
    new AssessmentForm().toRequest(DOMAINS, errors);
    assertThat(errors.getByField())
        .containsAllEntriesOf(
            Map.of(
                "assessmentDate", "Enter the assessment date",
                "dateOfBirth", "Enter the date of birth",
                "primarySupportReason", "Select the person's primary support reason"));
  }
}
