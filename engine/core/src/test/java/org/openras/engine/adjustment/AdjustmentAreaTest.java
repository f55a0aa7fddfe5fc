package org.openras.engine.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.result.CalculationResult;

/** Adjustments run when a version covers the date; otherwise there is none, and it is said. */
class AdjustmentAreaTest {

  private static CalculationResult calculate(LocalDate date, Money previous) {
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (String d :
        new String[] {
          "personal-care", "eating-and-drinking", "physical-and-mental-wellbeing", "relationships",
          "community-work-and-learning", "making-decisions", "staying-safe", "communication",
          "home-and-daily-living", "family-carer-support"
        }) {
      needs.put(d, d.equals("personal-care") ? 4 : 0);
    }
    return TestRules.engine()
        .calculate(
            new CalculationRequest(
                "ADJ-1",
                date,
                new PersonDetails(null, PrimarySupportReason.MENTAL_HEALTH),
                needs,
                null,
                null,
                null,
                null,
                null,
                null,
                previous));
  }

  /**
   * A request that names a previous agreed budget without its figure is refused naming the field:
   * the service reads the figure (issue 23); the engine alone never silently ignores the name.
   */
  @Test
  void aPreviousAgreedBudgetWithoutItsFigureIsRefusedNamingTheField() {
    CalculationRequest named =
        new CalculationRequest(
            "ADJ-2",
            LocalDate.of(2025, 10, 1),
            new PersonDetails(null, PrimarySupportReason.MENTAL_HEALTH),
            needsAtPersonalCare4(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            java.util.UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"));
    assertThatThrownBy(() -> TestRules.engine().calculate(named))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).errors())
                    .anyMatch(f -> f.field().equals("previousAgreedBudgetId")));
    // With the figure read into it, the adjustments rules protect against it as against any other.
    CalculationResult read =
        TestRules.engine().calculate(named.withPreviousWeeklyBudget(Money.pounds("5000.00")));
    assertThat(read.adjustments().previousWeeklyBudget()).isEqualTo(Money.pounds("5000.00"));
    assertThat(read.adjustments().protectionApplied()).isTrue();
  }

  @Test
  void theDayBeforeTheAdjustmentNoneIsInForceAndTheResultSaysSo() {
    CalculationResult r = calculate(LocalDate.of(2025, 9, 30), Money.pounds("150.00"));
    assertThat(r.adjustments().inForce()).isFalse();
    assertThat(r.adjustments().weeklyBudget()).isEqualTo(r.ras().weeklyBudget());
    assertThat(r.adjustments().annualBudget()).isEqualTo(r.ras().annualBudget());
    assertThat(r.adjustments().note())
        .contains("No adjustment is in force on 2025-09-30")
        .contains("2025-10-01")
        .contains("no transitional protection applies");
    assertThat(r.ruleSets()).extracting("area").doesNotContain("adjustments");
    assertThat(r.trace()).noneMatch(x -> x.getRuleId().startsWith("ADJ-"));
  }

  @Test
  void onItsFirstDayTheAdjustmentRunsAndIsNamedWithItsHash() {
    CalculationResult r = calculate(LocalDate.of(2025, 10, 1), null);
    assertThat(r.adjustments().inForce()).isTrue();
    assertThat(r.adjustments().weeklyBudget()).isEqualTo(Money.pounds("99.00"));
    assertThat(r.ruleSets())
        .filteredOn(v -> v.area().equals("adjustments"))
        .singleElement()
        .satisfies(v -> assertThat(v.hash()).hasSize(64));
    assertThat(r.trace())
        .filteredOn(x -> x.getRuleId().equals("ADJ-052"))
        .singleElement()
        .satisfies(x -> assertThat(x.getRule()).contains("no transitional protection"));
  }

  @Test
  void afterItsLastDayThereIsNoAdjustmentAgain() {
    CalculationResult r = calculate(LocalDate.of(2026, 4, 1), null);
    assertThat(r.adjustments().inForce()).isFalse();
    assertThat(r.adjustments().weeklyBudget()).isEqualTo(Money.pounds("100.00"));
  }

  @Test
  void everyAdjustmentRuleNamesItsSource() {
    CalculationResult r = calculate(LocalDate.of(2025, 11, 3), Money.pounds("150.00"));
    assertThat(r.trace())
        .filteredOn(x -> x.getArea().equals("adjustments"))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.getSource()).isNotBlank());
    assertThat(r.parameters())
        .filteredOn(p -> p.area().equals("adjustments"))
        .extracting("name")
        .contains("affordabilityFactor", "maximumFall");
  }

  @Test
  void aScenarioOverrideOfTheAffordabilityFactorChangesTheAdjustedBudget() {
    CalculationResult plain = calculate(LocalDate.of(2025, 11, 3), null);
    CalculationResult overridden =
        TestRules.engine()
            .calculate(
                new CalculationRequest(
                    "ADJ-1",
                    LocalDate.of(2025, 11, 3),
                    plain.ras() == null
                        ? null
                        : new PersonDetails(null, PrimarySupportReason.MENTAL_HEALTH),
                    needsAtPersonalCare4(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
                org.openras.engine.params.Overrides.parse(
                    java.util.List.of("adjustments:affordabilityFactor=0.950")));
    assertThat(plain.adjustments().weeklyBudget()).isEqualTo(Money.pounds("99.00"));
    assertThat(overridden.adjustments().weeklyBudget()).isEqualTo(Money.pounds("95.00"));
    assertThat(overridden.parameters())
        .filteredOn(p -> p.name().equals("affordabilityFactor"))
        .singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo("0.950"));
  }

  private static Map<String, Integer> needsAtPersonalCare4() {
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (String d :
        new String[] {
          "personal-care", "eating-and-drinking", "physical-and-mental-wellbeing", "relationships",
          "community-work-and-learning", "making-decisions", "staying-safe", "communication",
          "home-and-daily-living", "family-carer-support"
        }) {
      needs.put(d, d.equals("personal-care") ? 4 : 0);
    }
    return needs;
  }
}
