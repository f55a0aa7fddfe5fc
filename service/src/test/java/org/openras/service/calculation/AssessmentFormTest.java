package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.service.web.DateInput;
import org.openras.service.web.PageErrors;

/** Reading the form: what cannot be read is an error on its own field, never a crash. */
class AssessmentFormTest {
  static final Map<String, String> DOMAINS = Map.of("mobility", "Getting about");

  AssessmentForm filled() {
    AssessmentForm f = new AssessmentForm();
    f.setPersonRef("P-1");
    f.setAssessmentDate(new DateInput("2", "6", "2025"));
    f.setDateOfBirth(new DateInput("4", "3", "1950"));
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
    f.setAssessmentDate(new DateInput("2", "June", "2025"));
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
            "assessmentDate", "The assessment date must be a real date, for example 2 6 2025");
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

  @Test
  void anUnansweredAreaOfNeedIsNamedInItsError() {
    AssessmentForm f = filled();
    f.getNeeds().remove("mobility");
    f.getInformal().put("mobility", "some");
    PageErrors errors = new PageErrors();
    assertThat(f.toRequest(DOMAINS, errors)).isNull();
    assertThat(errors.getByField())
        .containsEntry(
            "needs-mobility",
            "Select the statement that best describes the person's needs for getting about")
        .containsEntry(
            "informal-mobility",
            "Enter the share of getting about that family or friends meet as a number from 0 to"
                + " 100, for example 25");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|''|''|Enter the date of birth",
        "4|''|''|The date of birth must include a month and a year",
        "''|3|1950|The date of birth must include a day",
        "4|3|50|The date of birth must have a year with 4 numbers, for example 2025",
        "31|2|1950|The date of birth must be a real date, for example 2 6 2025",
        "4|13|1950|The date of birth must be a real date, for example 2 6 2025",
        "-1|3|1950|The date of birth must be a real date, for example 2 6 2025"
      })
  void aDateIsReadFromItsThreeBoxesWithTheDesignSystemsMessages(
      String day, String month, String year, String message) {
    AssessmentForm f = filled();
    f.setDateOfBirth(new DateInput(day, month, year));
    PageErrors errors = new PageErrors();
    assertThat(f.toRequest(DOMAINS, errors)).isNull();
    assertThat(errors.getByField()).containsExactly(Map.entry("dateOfBirth", message));
  }

  @Test
  void aDateWithSpacesAndLeadingZerosIsRead() {
    AssessmentForm f = filled();
    f.setAssessmentDate(new DateInput(" 02 ", "06", " 2025"));
    PageErrors errors = new PageErrors();
    assertThat(f.toRequest(DOMAINS, errors).assessmentDate()).isEqualTo("2025-06-02");
  }
}
