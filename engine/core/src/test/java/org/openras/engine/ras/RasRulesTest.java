package org.openras.engine.ras;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.explain.Reason;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.result.CalculationResult;

/** One example per RAS rule (2025-04-01 figures), read from the trace the rule leaves. */
class RasRulesTest {

  private static CalculationResult calculate(
      PrimarySupportReason psr, Map<String, Integer> answers, Map<String, BigDecimal> shares) {
    int[] levels = new int[RasRequests.DOMAINS.size()];
    answers.forEach((d, l) -> levels[RasRequests.DOMAINS.indexOf(d)] = l);
    return TestRules.engine()
        .calculate(RasRequests.request(LocalDate.of(2025, 6, 1), psr, levels, shares));
  }

  private static List<Reason> fired(CalculationResult r, String ruleId) {
    return r.trace().stream().filter(x -> x.getRuleId().equals(ruleId)).toList();
  }

  @Test
  void ras010EachAnswerScoresThePointsOfItsLevel() {
    var r =
        calculate(PrimarySupportReason.LEARNING_DISABILITY, Map.of("personal-care", 3), Map.of());
    assertThat(fired(r, "RAS-010")).hasSize(10);
    assertThat(fired(r, "RAS-010").get(0).getRead()).containsEntry("level", 3);
    assertThat(fired(r, "RAS-010").get(0).getProduced()).containsEntry("points", 14);
  }

  @Test
  void ras020UnpaidSupportReducesPointsByTheShareMet() {
    var r =
        calculate(
            PrimarySupportReason.LEARNING_DISABILITY,
            Map.of("personal-care", 2),
            Map.of("personal-care", new BigDecimal("0.5")));
    assertThat(fired(r, "RAS-020"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.getRead()).containsEntry("points", 8);
              assertThat(x.getProduced()).containsEntry("pointsAfterDeflation", 4);
            });
  }

  @Test
  void ras021ADomainWithoutUnpaidSupportKeepsItsPoints() {
    var r = calculate(PrimarySupportReason.MENTAL_HEALTH, Map.of("staying-safe", 3), Map.of());
    assertThat(fired(r, "RAS-021")).hasSize(10);
    assertThat(r.ras().domains().get(6).pointsAfterDeflation()).isEqualTo(12);
  }

  @Test
  void ras022TheFamilyCarerDomainIsNeverReduced() {
    var r =
        calculate(
            PrimarySupportReason.MEMORY_AND_COGNITION,
            Map.of("family-carer-support", 3),
            Map.of("family-carer-support", BigDecimal.ONE));
    assertThat(fired(r, "RAS-022"))
        .singleElement()
        .satisfies(x -> assertThat(x.getProduced()).containsEntry("pointsAfterDeflation", 10));
  }

  @Test
  void ras030TotalsThePointsAfterDeflation() {
    var r =
        calculate(
            PrimarySupportReason.LEARNING_DISABILITY,
            Map.of("personal-care", 2, "staying-safe", 1),
            Map.of());
    assertThat(fired(r, "RAS-030").get(0).getProduced()).containsEntry("totalPoints", 12);
  }

  @Test
  void ras040PricesThePointsForThePrimarySupportReason() {
    var r = calculate(PrimarySupportReason.MENTAL_HEALTH, Map.of("personal-care", 4), Map.of());
    assertThat(r.ras().pricePerPoint()).isEqualTo(Money.pounds("5.00"));
    assertThat(r.ras().calculatedWeeklyBudget()).isEqualTo(Money.pounds("100.00"));
    assertThat(r.parameters())
        .extracting(ParameterRead::name, ParameterRead::key, ParameterRead::value)
        .contains(org.assertj.core.groups.Tuple.tuple("pricePerPoint", "MENTAL_HEALTH", "5.00"));
  }

  @Test
  void ras050ABudgetBelowTheFloorIsRaisedToIt() {
    var r =
        calculate(
            PrimarySupportReason.SOCIAL_ISOLATION_OR_OTHER, Map.of("relationships", 3), Map.of());
    assertThat(r.ras().calculatedWeeklyBudget()).isEqualTo(Money.pounds("24.90"));
    assertThat(r.ras().weeklyBudget()).isEqualTo(Money.pounds("26.00"));
    assertThat(r.ras().floorApplied()).isTrue();
    assertThat(fired(r, "RAS-050")).hasSize(1);
  }

  @Test
  void ras051ABudgetAtOrAboveTheFloorStands() {
    var r =
        calculate(
            PrimarySupportReason.SOCIAL_ISOLATION_OR_OTHER, Map.of("staying-safe", 2), Map.of());
    assertThat(r.ras().weeklyBudget()).isEqualTo(Money.pounds("33.20"));
    assertThat(r.ras().floorApplied()).isFalse();
    assertThat(fired(r, "RAS-051")).hasSize(1);
  }

  @Test
  void ras052NoPointsMeansNoBudget() {
    var r = calculate(PrimarySupportReason.SOCIAL_ISOLATION_OR_OTHER, Map.of(), Map.of());
    assertThat(r.ras().weeklyBudget()).isEqualTo(Money.ZERO);
    assertThat(r.ras().floor()).isNull();
    assertThat(fired(r, "RAS-052")).hasSize(1);
  }

  @Test
  void ras060AndRas061TheCeilingDecidesPanelReview() {
    Map<String, Integer> top =
        Map.of(
            "personal-care",
            4,
            "eating-and-drinking",
            3,
            "physical-and-mental-wellbeing",
            3,
            "relationships",
            3,
            "community-work-and-learning",
            3,
            "making-decisions",
            3,
            "staying-safe",
            3,
            "communication",
            3,
            "home-and-daily-living",
            3);
    var above = calculate(PrimarySupportReason.LEARNING_DISABILITY, top, Map.of());
    assertThat(above.ras().panelReview()).isTrue();
    assertThat(above.ras().weeklyBudget()).isEqualTo(Money.pounds("667.50"));
    assertThat(fired(above, "RAS-060")).hasSize(1);
    var below = calculate(PrimarySupportReason.MENTAL_HEALTH, top, Map.of());
    assertThat(below.ras().panelReview()).isFalse();
    assertThat(fired(below, "RAS-061")).hasSize(1);
  }

  @Test
  void ras070TheAnnualBudgetIsWeeklyTimesWeeksRoundedHalfUp() {
    var r =
        calculate(PrimarySupportReason.LEARNING_DISABILITY, Map.of("personal-care", 1), Map.of());
    // 4 points x £7.50 = £30.00; x 52.143 = £1,564.29 exactly.
    assertThat(r.ras().annualBudget()).isEqualTo(Money.pounds("1564.29"));
  }

  @Test
  void everyReasonNamesItsRuleSourceAndVersion() {
    var r =
        calculate(
            PrimarySupportReason.PHYSICAL_PERSONAL_CARE, Map.of("personal-care", 2), Map.of());
    assertThat(r.trace())
        .allSatisfy(
            x -> {
              assertThat(x.getRuleId()).matches("RAS-\\d{3}");
              assertThat(x.getRule()).isNotBlank();
              assertThat(x.getSource()).isNotBlank();
              // The version selected on 2025-06-01: 2025-04-01-staged, which restates 2025-04-01
              // in named stages and supersedes it (docs/adr/0016).
              assertThat(x.getVersion()).isEqualTo("2025-04-01-staged");
            });
    assertThat(r.trace()).extracting(Reason::getSeq).isSorted().doesNotHaveDuplicates();
    assertThat(r.parameters())
        .allSatisfy(
            p -> {
              assertThat(p.unit()).isNotBlank();
              assertThat(p.reference()).isNotBlank();
            });
  }
}
