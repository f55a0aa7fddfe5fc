package org.openras.engine.ras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.RuleSetSelectionException;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.result.CalculationResult;
import org.quicktheories.generators.SourceDSL;

/** The laws the RAS must keep for every assessment, checked on generated people. */
class RasProperties {
  private static final OpenRasEngine ENGINE = TestRules.engine();

  private static RasResult ras(RasRequests.Assessment a) {
    return ENGINE.calculate(a.toRequest()).ras();
  }

  @Test
  void aHigherAnswerLevelNeverLowersPointsOrBudget() {
    qt().withExamples(300)
        .forAll(RasRequests.assessments(), SourceDSL.integers().between(0, 9))
        .checkAssert(
            (a, domain) -> {
              if (a.levels()[domain] == RasRequests.MAX_LEVEL[domain]) {
                return;
              }
              RasResult lower = ras(a);
              RasResult higher = ras(a.withLevel(domain, a.levels()[domain] + 1));
              assertThat(higher.totalPoints()).isGreaterThanOrEqualTo(lower.totalPoints());
              assertThat(higher.weeklyBudget()).isGreaterThanOrEqualTo(lower.weeklyBudget());
              assertThat(higher.annualBudget()).isGreaterThanOrEqualTo(lower.annualBudget());
            });
  }

  @Test
  void unpaidSupportNeverRaisesPointsOrBudget() {
    qt().withExamples(300)
        .forAll(
            RasRequests.assessments(),
            SourceDSL.integers().between(0, 9),
            SourceDSL.integers().between(1, 100))
        .checkAssert(
            (a, domain, extra) -> {
              RasResult without = ras(a.withShare(domain, 0));
              RasResult with = ras(a.withShare(domain, Math.min(100, extra)));
              assertThat(with.totalPoints()).isLessThanOrEqualTo(without.totalPoints());
              assertThat(with.weeklyBudget()).isLessThanOrEqualTo(without.weeklyBudget());
            });
  }

  @Test
  void totalPointsAreTheSumOfTheDomainsAfterDeflation() {
    qt().withExamples(300)
        .forAll(RasRequests.assessments())
        .checkAssert(
            a -> {
              RasResult r = ras(a);
              int sum =
                  r.domains().stream().mapToInt(RasResult.DomainResult::pointsAfterDeflation).sum();
              assertThat(r.totalPoints()).isEqualTo(sum);
              assertThat(r.domains())
                  .allSatisfy(
                      d -> assertThat(d.pointsAfterDeflation()).isLessThanOrEqualTo(d.points()));
            });
  }

  @Test
  void theBudgetLiesBetweenFloorAndCeilingUnlessFlaggedForPanel() {
    qt().withExamples(300)
        .forAll(RasRequests.assessments())
        .checkAssert(
            a -> {
              RasResult r = ras(a);
              if (r.totalPoints() == 0) {
                assertThat(r.weeklyBudget()).isEqualTo(Money.ZERO);
                return;
              }
              assertThat(r.weeklyBudget()).isGreaterThanOrEqualTo(r.floor());
              assertThat(r.panelReview()).isEqualTo(r.weeklyBudget().isGreaterThan(r.ceiling()));
            });
  }

  @Test
  void theResultNamesTheVersionInForceOnItsDate() {
    qt().withExamples(200)
        .forAll(RasRequests.assessments())
        .checkAssert(
            a -> {
              CalculationResult r = ENGINE.calculate(a.toRequest());
              assertThat(r.ruleSets()).extracting("area").contains("ras");
              for (var used : r.ruleSets()) {
                var inForce = ENGINE.catalogue().inForce(used.area(), a.date()).orElseThrow();
                assertThat(used.version()).isEqualTo(inForce.version());
                assertThat(used.hash()).isEqualTo(inForce.hash()).hasSize(64);
                assertThat(inForce.covers(a.date())).isTrue();
              }
              // An area with a version in force on the date always runs (adjustments included).
              boolean adjustmentInForce =
                  ENGINE.catalogue().inForce("adjustments", a.date()).isPresent();
              assertThat(r.adjustments().inForce()).isEqualTo(adjustmentInForce);
            });
  }

  @Test
  void aDateOutsideEveryVersionIsAnErrorNeverZero() {
    qt().withExamples(100)
        .forAll(
            SourceDSL.integers().between(1, 5000),
            RasRequests.levels(),
            SourceDSL.arbitrary().enumValues(PrimarySupportReason.class))
        .checkAssert(
            (daysBefore, levels, psr) ->
                assertThatThrownBy(
                        () ->
                            ENGINE.calculate(
                                RasRequests.request(
                                    RasRequests.FIRST_DAY.minusDays(daysBefore),
                                    psr,
                                    levels,
                                    java.util.Map.of())))
                    .isInstanceOf(RuleSetSelectionException.class));
  }
}
