package org.openras.engine.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every measure of a council (the national ones and its own) over a series of periods, each period
 * counted by the definition in force on its last day, with the council's milestones checked against
 * them.
 *
 * @param council the council's folder name, or null for the national measures only
 * @param periods the periods, in order
 * @param rows one per measure
 * @param milestones each milestone of the council's plan, checked
 */
public record MeasureReport(
    String council,
    List<ReportingPeriod> periods,
    List<Row> rows,
    List<MilestoneCheck> milestones) {

  /**
   * One measure over the periods.
   *
   * @param measure the stable id
   * @param title the title of its latest definition
   * @param figures one per period; absent where no definition of the measure was in force
   */
  public record Row(String measure, String title, List<Optional<MeasureFigure>> figures) {}

  /** Counts every measure over {@code periods} and checks the plan's milestones. */
  public static MeasureReport run(
      MeasureLibrary library,
      List<ServiceRecord> register,
      List<ReportingPeriod> periods,
      String council) {
    List<Row> rows = new ArrayList<>();
    for (String id : library.measureIds(council)) {
      List<Optional<MeasureFigure>> figures = new ArrayList<>();
      String title = null;
      for (ReportingPeriod p : periods) {
        Optional<MeasureLibrary.Defined> d = library.definition(id, p.end(), council);
        figures.add(d.map(defined -> MeasureCalculator.count(defined, register, p)));
        if (d.isPresent()) {
          title = d.get().definition().title();
        }
      }
      if (title != null) {
        rows.add(new Row(id, title, List.copyOf(figures)));
      }
    }
    List<MilestoneCheck> checks = new ArrayList<>();
    if (council != null) {
      library
          .plan(council)
          .ifPresent(
              plan -> {
                for (Milestone m : plan.milestones()) {
                  List<MeasureFigure> series =
                      rows.stream()
                          .filter(r -> r.measure().equals(m.measure()))
                          .flatMap(r -> r.figures().stream())
                          .flatMap(Optional::stream)
                          .filter(f -> f.percent() != null)
                          .toList();
                  checks.add(Trajectory.check(m, series));
                }
              });
    }
    return new MeasureReport(council, List.copyOf(periods), List.copyOf(rows), List.copyOf(checks));
  }

  /** The figure of a measure for a period, if counted. */
  public Optional<MeasureFigure> figure(String measure, int period) {
    return rows.stream()
        .filter(r -> r.measure().equals(measure))
        .findFirst()
        .flatMap(r -> r.figures().get(period));
  }
}
