package org.openras.engine.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrajectoryTest {
  static MeasureFigure figure(LocalDate day, String percent) {
    ReportingPeriod p = ReportingPeriod.containing(day, ReportingPeriod.Length.MONTH);
    return new MeasureFigure(
        "m",
        "M",
        "M",
        "measures/x",
        "s",
        p,
        0,
        1,
        new BigDecimal(percent),
        Map.of(),
        Map.of(),
        List.of());
  }

  static final Milestone TARGET =
      new Milestone("m", LocalDate.of(2012, 4, 1), new BigDecimal("85"), "85% by April 2012");

  @Test
  void aMilestoneWhoseDayHasComeIsMetOrMissedByTheLastFigureBeforeIt() {
    MilestoneCheck met =
        Trajectory.check(
            TARGET,
            List.of(
                figure(LocalDate.of(2012, 2, 1), "70"),
                figure(LocalDate.of(2012, 3, 1), "86.4"),
                figure(LocalDate.of(2012, 4, 1), "60")));
    assertThat(met.status()).isEqualTo(MilestoneCheck.Status.MET);
    assertThat(met.value()).isEqualByComparingTo("86.4");
    assertThat(met.gap()).isEqualByComparingTo("1.4");
    assertThat(met.words())
        .isEqualTo(
            "Met: 86.4% in March 2012 against a target of 85% (1.4 percentage points at or above).");
    MilestoneCheck missed =
        Trajectory.check(TARGET, List.of(figure(LocalDate.of(2012, 3, 1), "80")));
    assertThat(missed.status()).isEqualTo(MilestoneCheck.Status.MISSED);
    assertThat(missed.gap()).isEqualByComparingTo("-5.0");
  }

  @Test
  void aMilestoneStillToComeIsJudgedAgainstAStraightPath() {
    // from 25% at 31 Oct 2011 to 85% on 1 Apr 2012 (153 days): at 31 Dec 2011 (61 days) the path
    // is 25 + 60 × 61/153 = 48.9
    List<MeasureFigure> series =
        List.of(figure(LocalDate.of(2011, 10, 1), "25"), figure(LocalDate.of(2011, 12, 1), "50"));
    MilestoneCheck c = Trajectory.check(TARGET, series);
    assertThat(c.status()).isEqualTo(MilestoneCheck.Status.ON_TRACK);
    assertThat(c.expected()).isEqualByComparingTo("48.9");
    assertThat(c.gap()).isEqualByComparingTo("1.1");
    MilestoneCheck behind =
        Trajectory.check(
            TARGET,
            List.of(
                figure(LocalDate.of(2011, 10, 1), "25"), figure(LocalDate.of(2011, 12, 1), "40")));
    assertThat(behind.status()).isEqualTo(MilestoneCheck.Status.BEHIND);
    assertThat(behind.gap()).isEqualByComparingTo("-8.9");
  }

  @Test
  void noFiguresNoJudgement() {
    assertThat(Trajectory.check(TARGET, List.of()).status())
        .isEqualTo(MilestoneCheck.Status.NO_FIGURES);
  }

  @Test
  void quartersFollowTheFinancialYear() {
    ReportingPeriod q =
        ReportingPeriod.containing(LocalDate.of(2012, 2, 10), ReportingPeriod.Length.QUARTER);
    assertThat(q.start()).isEqualTo(LocalDate.of(2012, 1, 1));
    assertThat(q.end()).isEqualTo(LocalDate.of(2012, 3, 31));
    assertThat(q.label()).isEqualTo("Q4 2011/12 (January to March 2012)");
    assertThat(
            ReportingPeriod.between(
                LocalDate.of(2011, 4, 1),
                LocalDate.of(2012, 3, 31),
                ReportingPeriod.Length.QUARTER))
        .hasSize(4);
    assertThat(
            ReportingPeriod.between(
                LocalDate.of(2011, 4, 15), LocalDate.of(2011, 6, 1), ReportingPeriod.Length.MONTH))
        .extracting(ReportingPeriod::label)
        .containsExactly("April 2011", "May 2011", "June 2011");
  }
}
