package org.openras.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetSelectionException;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.Finances;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.result.CalculationResult;

/** The engine's council selection, trace and coverage for the contributions area. */
class ContributionEngineTest {
  private static final OpenRasEngine WITH_DEFAULT =
      OpenRasEngine.load(new DirectoryRuleStore(TestRules.DIR), "north-shire");

  static CalculationRequest request(LocalDate date, String council) {
    Map<String, Money> income = new LinkedHashMap<>();
    income.put("EMPLOYMENT_AND_SUPPORT_ALLOWANCE", Money.parse("200.00"));
    Finances finances = new Finances(null, null, null, income, null, null, null);
    return new CalculationRequest(
        "test-1",
        date,
        new PersonDetails(LocalDate.of(1980, 6, 15), null),
        null,
        null,
        null,
        council,
        finances,
        Money.parse("300.00"),
        null,
        null);
  }

  @Test
  void theDefaultCouncilAppliesWhenTheRequestNamesNone() {
    CalculationResult r = WITH_DEFAULT.calculate(request(LocalDate.of(2024, 6, 1), null));
    assertThat(r.contribution().council().council()).isEqualTo("north-shire");
    assertThat(r.contribution().council().hash()).hasSize(64);
    assertThat(r.contribution().weeklyContribution()).isEqualTo(Money.parse("78.55"));
  }

  @Test
  void aRequestsCouncilOverridesTheDefault() {
    CalculationResult r =
        WITH_DEFAULT.calculate(request(LocalDate.of(2024, 6, 1), "south-borough"));
    assertThat(r.contribution().council().council()).isEqualTo("south-borough");
  }

  @Test
  void beforeTheDefaultCouncilsOverlayNationalFiguresApplyAndTheResultSaysSo() {
    CalculationResult r = WITH_DEFAULT.calculate(request(LocalDate.of(2023, 6, 1), null));
    assertThat(r.contribution().council()).isNull();
    assertThat(r.contribution().localOptions()).contains("no overlay of council north-shire");
    assertThat(r.contribution().weeklyContribution()).isEqualTo(Money.parse("96.35"));
  }

  @Test
  void anUnknownDefaultCouncilIsRefusedAtLoad() {
    assertThatThrownBy(
            () -> OpenRasEngine.load(new DirectoryRuleStore(TestRules.DIR), "nowhere-shire"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("north-shire");
  }

  @Test
  void beforeTheCareActNoContributionsVersionCoversTheDate() {
    assertThatThrownBy(() -> TestRules.engine().calculate(request(LocalDate.of(2015, 3, 31), null)))
        .isInstanceOf(RuleSetSelectionException.class)
        .hasMessageContaining("No contributions rule set is in force on 2015-03-31")
        .hasMessageContaining("2015-04-01 to 2026-04-05");
  }

  @Test
  void everyStepIsTracedWithItsSourceAndEveryFigureReadIsRecorded() {
    CalculationResult r = TestRules.engine().calculate(request(LocalDate.of(2024, 6, 1), null));
    assertThat(r.trace()).allSatisfy(reason -> assertThat(reason.getSource()).isNotBlank());
    assertThat(r.trace())
        .extracting("ruleId")
        .contains("CHG-010", "CHG-014", "CHG-020", "CHG-029", "CHG-050", "CHG-055", "CHG-074")
        .contains("CHG-081", "CHG-087", "CHG-090");
    assertThat(r.parameters())
        .anySatisfy(
            p -> {
              assertThat(p.name()).isEqualTo("migPersonalAmount");
              assertThat(p.value()).isEqualTo("110.60");
              assertThat(p.marker()).isEqualTo("R");
              // 6 April, when the 2024 amending regulations came in (contributions
              // 2015-04-01-corrected), not the uprating Monday 8 April.
              assertThat(p.valueEffectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 6));
            });
  }

  @Test
  void compileAllSkipsParameterOnlyCouncilOverlays() {
    assertThat(WITH_DEFAULT.compileAll())
        .extracting(c -> c.version().area())
        .contains("contributions")
        .noneMatch(area -> area.startsWith("councils/"));
    assertThat(WITH_DEFAULT.councils()).contains("north-shire", "south-borough", "east-vale");
  }
}
