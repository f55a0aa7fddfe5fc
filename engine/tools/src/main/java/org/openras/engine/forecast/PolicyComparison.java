package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * One demand forecast costed under two policy choices: the same forecast people in every year and
 * group, each group's cost per person re-priced by each choice's rules factor ({@link RulePricing})
 * and the young people costed under each choice ({@link Transitions}).
 *
 * @param baseline the choice the report's money by year is costed under
 * @param candidate the choice compared with it
 * @param rows the net council cost by year and group under each, and candidate − baseline
 * @param totals the same by year over every group
 */
public record PolicyComparison(
    PolicyChoice baseline, PolicyChoice candidate, List<Row> rows, List<Total> totals) {

  /**
   * One group in one year under both choices.
   *
   * @param baselineRules the baseline's rules factor for the group and year
   * @param candidateRules the candidate's
   * @param difference candidate − baseline (negative when the candidate costs less)
   */
  public record Row(
      int year,
      PrimarySupportReason group,
      BigDecimal baselineRules,
      BigDecimal candidateRules,
      Money baselineCaseloadNet,
      Money candidateCaseloadNet,
      Money baselineTransitionsNet,
      Money candidateTransitionsNet,
      Money baselineNet,
      Money candidateNet,
      Money difference) {}

  /** A year over every group. */
  public record Total(int year, Money baselineNet, Money candidateNet, Money difference) {}

  static PolicyComparison of(
      PolicyChoice baseline, BudgetPlan a, PolicyChoice candidate, BudgetPlan b) {
    List<Row> rows = new ArrayList<>();
    List<YearCost> all = new ArrayList<>(a.rows());
    for (YearCost y : b.rows()) {
      if (find(a, y.year(), y.group()) == null) {
        all.add(empty(y.year(), y.group()));
      }
    }
    all.sort(java.util.Comparator.comparingInt(YearCost::year).thenComparing(YearCost::group));
    for (YearCost x : all) {
      // A group only one choice has (a young person only one choice could cost) is nothing under
      // the other.
      YearCost y = find(b, x.year(), x.group());
      y = y == null ? empty(x.year(), x.group()) : y;
      rows.add(
          new Row(
              x.year(),
              x.group(),
              x.rules(),
              y.rules(),
              x.caseloadNet(),
              y.caseloadNet(),
              x.transitionsNet(),
              y.transitionsNet(),
              x.totalNet(),
              y.totalNet(),
              y.totalNet().minus(x.totalNet())));
    }
    Map<Integer, Money> bt = b.totalByYear();
    List<Total> totals = new ArrayList<>();
    for (Map.Entry<Integer, Money> e : new TreeMap<>(a.totalByYear()).entrySet()) {
      Money c = bt.get(e.getKey());
      totals.add(new Total(e.getKey(), e.getValue(), c, c.minus(e.getValue())));
    }
    return new PolicyComparison(baseline, candidate, List.copyOf(rows), List.copyOf(totals));
  }

  private static YearCost find(BudgetPlan p, int year, PrimarySupportReason group) {
    return p.rows().stream()
        .filter(r -> r.year() == year && r.group() == group)
        .findFirst()
        .orElse(null);
  }

  private static YearCost empty(int year, PrimarySupportReason group) {
    return new YearCost(
        year,
        group,
        new Interval(0, 0, 0),
        BigDecimal.ONE,
        BigDecimal.ONE,
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        0,
        Money.ZERO,
        Money.ZERO);
  }
}
