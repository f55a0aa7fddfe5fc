package org.openras.engine.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;

/** Scenario overrides change the figures a calculation reads, for the people they name only. */
class OverridesTest {
  static CalculationRequest person(LocalDate dob, PrimarySupportReason psr) {
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (String d :
        new String[] {
          "personal-care", "eating-and-drinking", "physical-and-mental-wellbeing", "relationships",
          "community-work-and-learning", "making-decisions", "staying-safe", "communication",
          "home-and-daily-living", "family-carer-support"
        }) {
      needs.put(d, 2);
    }
    return new CalculationRequest(
        "OV-1", LocalDate.of(2025, 6, 1), new PersonDetails(dob, psr), needs, Map.of(), Map.of());
  }

  @Test
  void aMultiplyRoundsToThePlacesTheValueWasWrittenWith() {
    ParameterOverride o = ParameterOverride.parse("ras:pricePerPoint*1.03");
    assertThat(o.apply("6.35")).isEqualTo("6.54");
    assertThat(ParameterOverride.parse("ras:floor=30.00").apply("26.00")).isEqualTo("30.00");
  }

  @Test
  void theTextFormReadsBack() {
    String text = "ras:pricePerPoint[LEARNING_DISABILITY]*1.05@psr=LEARNING_DISABILITY,age>=65";
    assertThat(ParameterOverride.parse(text).toString()).isEqualTo(text);
    assertThatThrownBy(() -> ParameterOverride.parse("pricePerPoint+3%"))
        .hasMessageContaining("area:parameter");
  }

  /** A factor of thousands of digits is refused, as any decimal the engine reads (issue 18). */
  @Test
  void aFactorBeyondTheDecimalBoundIsRefused() {
    assertThatThrownBy(
            () -> ParameterOverride.parse("ras:pricePerPoint*0." + "0".repeat(100) + "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 30 digits");
  }

  @Test
  void anUpliftForOlderPeopleRaisesTheirBudgetAndRecordsTheOverride() {
    Overrides up = Overrides.parse(java.util.List.of("ras:pricePerPoint*1.03@age>=65"));
    var older = person(LocalDate.of(1950, 1, 1), PrimarySupportReason.PHYSICAL_PERSONAL_CARE);
    var younger = person(LocalDate.of(1990, 1, 1), PrimarySupportReason.PHYSICAL_PERSONAL_CARE);
    var engine = TestRules.engine();
    assertThat(engine.calculate(older, up).ras().pricePerPoint().toString())
        .isEqualTo(
            engine
                .calculate(older)
                .ras()
                .pricePerPoint()
                .times(new java.math.BigDecimal("1.03"), java.math.RoundingMode.HALF_UP)
                .toString());
    assertThat(engine.calculate(younger, up).ras().weeklyBudget())
        .isEqualTo(engine.calculate(younger).ras().weeklyBudget());
    assertThat(engine.calculate(older, up).parameters())
        .filteredOn(p -> p.name().equals("pricePerPoint"))
        .singleElement()
        .satisfies(p -> assertThat(p.reference()).contains("scenario override"));
  }

  @Test
  void anOverrideForOneSupportReasonLeavesOthersAlone() {
    Overrides ld = Overrides.parse(java.util.List.of("ras:floor=500.00@psr=LEARNING_DISABILITY"));
    var engine = TestRules.engine();
    var ldPerson = person(LocalDate.of(1990, 1, 1), PrimarySupportReason.LEARNING_DISABILITY);
    var mhPerson = person(LocalDate.of(1990, 1, 1), PrimarySupportReason.MENTAL_HEALTH);
    assertThat(engine.calculate(ldPerson, ld).ras().weeklyBudget().toString()).isEqualTo("500.00");
    assertThat(engine.calculate(mhPerson, ld).ras().weeklyBudget())
        .isEqualTo(engine.calculate(mhPerson).ras().weeklyBudget());
  }
}
