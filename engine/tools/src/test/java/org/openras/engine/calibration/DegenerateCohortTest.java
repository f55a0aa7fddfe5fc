package org.openras.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.request.PrimarySupportReason;

/** Cohorts that cannot be fitted give a clear error, never NaN. */
class DegenerateCohortTest {
  private static final PrimarySupportReason MH = PrimarySupportReason.MENTAL_HEALTH;

  private static CalibrationReport run(Cohort c, Method m, boolean byGroup) {
    return Calibrator.run(c, new CalibrationSpec(m, byGroup, false, null, null));
  }

  @Test
  void fewerThanThreePeopleCannotBeFitted() {
    Cohort two =
        Cohorts.of(List.of(Cohorts.row(1, MH, 10, "100.00"), Cohorts.row(2, MH, 20, "190.00")));
    for (Method m : Method.values()) {
      assertThatThrownBy(() -> run(two, m, false))
          .isInstanceOf(CalibrationException.class)
          .hasMessageContaining("at least 3 people")
          .hasMessageContaining("EVERYONE (2)");
    }
  }

  @Test
  void everyoneWithTheSamePointsCannotHaveAnInterceptAndASlope() {
    Cohort same =
        Cohorts.of(
            List.of(
                Cohorts.row(1, MH, 20, "100.00"),
                Cohorts.row(2, MH, 20, "190.00"),
                Cohorts.row(3, MH, 20, "150.00")));
    assertThatThrownBy(() -> run(same, Method.OLS, false))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("everyone has the same points");
    // A price per point is still defined: £440 ÷ 60 points, with finite statistics.
    FitResult ratio = run(same, Method.RATIO, false).overall();
    assertThat(ratio.slope().estimate()).isEqualTo(440.0 / 60);
    assertThat(ratio.rSquared()).isFinite();
    assertThat(ratio.interval80().upperShare()).isFinite();
  }

  @Test
  void nobodyScoringPointsCannotBePriced() {
    Cohort none =
        Cohorts.of(
            List.of(
                Cohorts.row(1, MH, 0, "100.00"),
                Cohorts.row(2, MH, 0, "190.00"),
                Cohorts.row(3, MH, 0, "150.00")));
    assertThatThrownBy(() -> run(none, Method.OLS_ORIGIN, false))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("nobody scores any points");
  }

  @Test
  void everyoneWithTheSameCostLeavesNothingToExplain() {
    Cohort flat =
        Cohorts.of(
            List.of(
                Cohorts.row(1, MH, 10, "150.00"),
                Cohorts.row(2, MH, 20, "150.00"),
                Cohorts.row(3, MH, 30, "150.00")));
    assertThatThrownBy(() -> run(flat, Method.OLS_ORIGIN, false))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("every actual cost is the same");
  }

  @Test
  void aGroupWithTooFewPeopleIsNamed() {
    List<CohortRow> rows = new ArrayList<>(Cohorts.everyGroup(4).rows());
    rows.removeIf(
        r -> r.primarySupportReason() == PrimarySupportReason.SENSORY_DUAL && r.line() % 4 != 0);
    assertThatThrownBy(() -> run(Cohorts.of(rows), Method.RATIO, true))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("SENSORY_DUAL (1)")
        .hasMessageContaining("without by-group");
  }

  @Test
  void aGroupWithNoRowsCannotBeWrittenAsADraft() {
    List<CohortRow> rows = new ArrayList<>(Cohorts.everyGroup(4).rows());
    rows.removeIf(r -> r.primarySupportReason() == PrimarySupportReason.SOCIAL_ASYLUM_SEEKER);
    CalibrationReport report = run(Cohorts.of(rows), Method.RATIO, true);
    assertThat(report.groups()).hasSize(PrimarySupportReason.values().length - 1);
    assertThatThrownBy(() -> DraftPrices.of(report))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("no usable rows for SOCIAL_ASYLUM_SEEKER");
  }

  @Test
  void anInterceptFitIsRefusedAsADraft() {
    CalibrationReport ols = run(Cohorts.everyGroup(4), Method.OLS, false);
    assertThat(ols.overall().intercept()).isNotNull();
    assertThatThrownBy(() -> DraftPrices.of(ols))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("no intercept");
  }

  @Test
  void aBudgetBelongsToTheRatioMethod() {
    assertThatThrownBy(
            () -> new CalibrationSpec(Method.OLS, false, false, new BigDecimal("1000"), null))
        .isInstanceOf(CalibrationException.class);
    assertThatThrownBy(() -> new CalibrationSpec(Method.RATIO, false, false, null, BigDecimal.ONE))
        .isInstanceOf(CalibrationException.class)
        .hasMessageContaining("contingency");
  }
}
