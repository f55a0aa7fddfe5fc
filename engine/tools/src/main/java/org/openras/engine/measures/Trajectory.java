package org.openras.engine.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Judges a milestone against a measure's figures. A milestone whose day has come (a period of the
 * series ends on or after the day before it) is met or missed by the figure of the last period
 * ending before its day. One still to come is on track when the latest figure is at or above the
 * straight path from the first figure to the target on the milestone's day, and behind when below
 * it; with one figure only, the path is the target itself. Gaps are in percentage points, rounded
 * to one decimal place, half up.
 */
public final class Trajectory {
  private Trajectory() {}

  public static MilestoneCheck check(Milestone m, List<MeasureFigure> series) {
    if (series.isEmpty()) {
      return new MilestoneCheck(
          m,
          MilestoneCheck.Status.NO_FIGURES,
          null,
          null,
          null,
          null,
          "No figures of this measure yet to compare with the target of " + pct(m.target()) + ".");
    }
    MeasureFigure last = series.get(series.size() - 1);
    boolean due = !last.period().end().isBefore(m.by().minusDays(1));
    if (due) {
      MeasureFigure at = null;
      for (MeasureFigure f : series) {
        if (f.period().end().isBefore(m.by())) {
          at = f;
        }
      }
      if (at == null) {
        return new MilestoneCheck(
            m,
            MilestoneCheck.Status.NO_FIGURES,
            null,
            null,
            null,
            null,
            "No figure for a period ending before the milestone's day.");
      }
      BigDecimal gap = at.percent().subtract(m.target()).setScale(1, RoundingMode.HALF_UP);
      boolean met = gap.signum() >= 0;
      return new MilestoneCheck(
          m,
          met ? MilestoneCheck.Status.MET : MilestoneCheck.Status.MISSED,
          at.period(),
          at.percent(),
          m.target(),
          gap,
          (met ? "Met: " : "Missed: ")
              + pct(at.percent())
              + " in "
              + at.period().label()
              + " against a target of "
              + pct(m.target())
              + " ("
              + points(gap)
              + ").");
    }
    MeasureFigure first = series.get(0);
    BigDecimal expected;
    if (series.size() == 1) {
      expected = m.target();
    } else {
      long whole = ChronoUnit.DAYS.between(first.period().end(), m.by());
      long gone = ChronoUnit.DAYS.between(first.period().end(), last.period().end());
      expected =
          first
              .percent()
              .add(
                  m.target()
                      .subtract(first.percent())
                      .multiply(BigDecimal.valueOf(gone))
                      .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
    expected = expected.setScale(1, RoundingMode.HALF_UP);
    BigDecimal gap = last.percent().subtract(expected).setScale(1, RoundingMode.HALF_UP);
    boolean onTrack = gap.signum() >= 0;
    return new MilestoneCheck(
        m,
        onTrack ? MilestoneCheck.Status.ON_TRACK : MilestoneCheck.Status.BEHIND,
        last.period(),
        last.percent(),
        expected,
        gap,
        (onTrack ? "On track: " : "Behind: ")
            + pct(last.percent())
            + " in "
            + last.period().label()
            + ", where a steady path to "
            + pct(m.target())
            + " would be at "
            + pct(expected)
            + " ("
            + points(gap)
            + ").");
  }

  private static String pct(BigDecimal p) {
    return p.stripTrailingZeros().toPlainString() + "%";
  }

  private static String points(BigDecimal gap) {
    String n = gap.abs().toPlainString();
    return gap.signum() >= 0
        ? n + " percentage points at or above"
        : n + " percentage points short";
  }
}
