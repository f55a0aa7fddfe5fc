package org.openras.engine.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.scenario.CostAdapter;
import org.openras.engine.scenario.ScenarioSide;

/**
 * History from dated caseload snapshots (ADR 0031): each snapshot (the caseload as it stood on a
 * date, as a scenario reads one) is costed by the engine on its date, the rules in force then, and
 * gives its month's people and weekly net council cost by client group (Σ of each person's weekly
 * net: budget after any in-year adjustment less contribution, as a scenario's net). A person
 * without a client group, or whom the engine gives no budget or cannot calculate, is counted apart,
 * never in a group. A group seen in any snapshot but absent from another has 0 people and £0 that
 * month.
 */
public final class SnapshotHistory {
  private SnapshotHistory() {}

  /**
   * One snapshot costed.
   *
   * @param date the snapshot's date (the month of history it gives)
   * @param people people counted in a group
   * @param withoutGroup people without a primary support reason
   * @param notCosted people the engine gave no budget or could not calculate
   * @param byGroup group → [people, weekly net in pence]
   */
  public record Snapshot(
      LocalDate date,
      int people,
      int withoutGroup,
      int notCosted,
      Map<PrimarySupportReason, long[]> byGroup) {}

  /** The history and each snapshot's counts, in date order. */
  public record Result(List<HistoryPoint> points, List<Snapshot> snapshots) {}

  /** Costs one snapshot on its date. */
  public static Snapshot cost(
      OpenRasEngine engine, LocalDate date, Iterable<CalculationRequest> caseload) {
    Map<PrimarySupportReason, long[]> byGroup = new EnumMap<>(PrimarySupportReason.class);
    int people = 0;
    int withoutGroup = 0;
    int notCosted = 0;
    ScenarioSide on = ScenarioSide.inForceOn("snapshot", date);
    for (CalculationRequest r : caseload) {
      if (r.person() == null || r.person().primarySupportReason() == null) {
        withoutGroup++;
        continue;
      }
      CalculationResult result;
      try {
        result = engine.calculate(CostAdapter.forSide(r, on));
      } catch (OpenRasException | IllegalArgumentException e) {
        notCosted++;
        continue;
      }
      if (result.ras() == null) {
        notCosted++;
        continue;
      }
      long[] g = byGroup.computeIfAbsent(r.person().primarySupportReason(), x -> new long[2]);
      g[0]++;
      g[1] += CostAdapter.figures(result).net();
      people++;
    }
    return new Snapshot(date, people, withoutGroup, notCosted, byGroup);
  }

  /** The monthly history from costed snapshots; two snapshots in one month are refused. */
  public static Result history(List<Snapshot> snapshots) {
    TreeMap<YearMonth, Snapshot> byMonth = new TreeMap<>();
    Set<PrimarySupportReason> groups = EnumSet.noneOf(PrimarySupportReason.class);
    for (Snapshot s : snapshots) {
      Snapshot before = byMonth.put(YearMonth.from(s.date()), s);
      if (before != null) {
        throw new IllegalArgumentException(
            "Two snapshots in "
                + YearMonth.from(s.date())
                + ": "
                + before.date()
                + " and "
                + s.date()
                + "; give one a month");
      }
      groups.addAll(s.byGroup().keySet());
    }
    List<HistoryPoint> points = new ArrayList<>();
    for (Map.Entry<YearMonth, Snapshot> e : byMonth.entrySet()) {
      for (PrimarySupportReason g : groups) {
        long[] v = e.getValue().byGroup().getOrDefault(g, new long[2]);
        points.add(
            new HistoryPoint(
                e.getKey(), g, Math.toIntExact(v[0]), Transitions.pounds(v[1]), CostBasis.WEEKLY));
      }
    }
    return new Result(List.copyOf(points), List.copyOf(byMonth.values()));
  }
}
