package org.openras.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openras.benchmarks.reference.PlainResult;
import org.openras.engine.result.CalculationResult;

/** The comparison the differential test relies on notices each figure that differs. */
class SameFiguresTest {
  private static CalculationResult engine;
  private static PlainResult plain;

  @BeforeAll
  static void calculate() {
    var request = SeedRequests.parse("older-person-with-dementia-spouse-carer.json");
    engine = Both.ENGINE.calculate(request);
    plain = Both.REFERENCE.calculate(request);
  }

  private static PlainResult with(
      String version, int domain, int total, long calc, long weekly, boolean f, boolean p, long a) {
    int[] after = plain.pointsAfterDeflation().clone();
    after[domain] += 1;
    return new PlainResult(version, plain.points(), after, total, calc, weekly, f, p, a);
  }

  @Test
  void agreeingFiguresShowNoDifference() {
    assertThat(SameFigures.differences(engine, plain)).isEmpty();
  }

  @Test
  void eachDifferingFigureIsNamed() {
    PlainResult wrong =
        with(
            "2024-04-01",
            0,
            plain.totalPoints() + 1,
            plain.calculatedWeeklyPence() + 1,
            plain.weeklyPence() + 1,
            !plain.floorApplied(),
            !plain.panelReview(),
            plain.annualPence() + 1);
    assertThat(SameFigures.differences(engine, wrong))
        .hasSize(8)
        .anyMatch(d -> d.startsWith("version"))
        .anyMatch(d -> d.startsWith("personal-care after unpaid support"))
        .anyMatch(d -> d.startsWith("total points"))
        .anyMatch(d -> d.startsWith("calculated weekly"))
        .anyMatch(d -> d.startsWith("weekly budget"))
        .anyMatch(d -> d.startsWith("floor applied"))
        .anyMatch(d -> d.startsWith("panel review"))
        .anyMatch(d -> d.startsWith("annual budget"));
  }

  @Test
  void checkThrowsNamingThePersonAndTheFigure() {
    PlainResult wrong =
        new PlainResult(
            plain.version(),
            plain.points(),
            plain.pointsAfterDeflation(),
            plain.totalPoints(),
            plain.calculatedWeeklyPence(),
            plain.weeklyPence(),
            plain.floorApplied(),
            plain.panelReview(),
            plain.annualPence() - 1);
    assertThatThrownBy(() -> SameFigures.check(engine, wrong))
        .hasMessageContaining("SEED-0002")
        .hasMessageContaining("annual budget");
  }
}
