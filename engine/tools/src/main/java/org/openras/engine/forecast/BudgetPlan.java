package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.scenario.FinancialYear;

/**
 * Money by year: each forecast year's caseload (forecast people × the group's weekly net cost per
 * person from the history, changed by the rules in force in the year where a reference caseload
 * lets the engine cost it ({@link RulePricing}) and by the officer's compounded inflation, over the
 * year's days) plus the young people arriving from children's services as the engine costs them.
 *
 * <p>Rounding: the weekly cost per person is rounded to the penny half up after inflation; a year's
 * caseload cost is people × weekly cost × days ÷ 7, rounded to the penny half up once per group and
 * year. Transitions are the engine's figures, rounded as {@link Transitions} says.
 */
public final class BudgetPlan {
  private final List<YearCost> rows;

  private BudgetPlan(List<YearCost> rows) {
    this.rows = rows;
  }

  public static BudgetPlan of(
      List<GroupForecast> forecasts, Transition.Cohort transitions, ForecastSpec spec) {
    return of(forecasts, transitions, spec, RulePricing.none());
  }

  /** As above, with each group's cost per person changed by the rules in force each year. */
  public static BudgetPlan of(
      List<GroupForecast> forecasts,
      Transition.Cohort transitions,
      ForecastSpec spec,
      RulePricing pricing) {
    Map<PrimarySupportReason, GroupForecast> byGroup = new EnumMap<>(PrimarySupportReason.class);
    forecasts.forEach(f -> byGroup.put(f.group(), f));
    for (Transition t : transitions.costed()) {
      byGroup.putIfAbsent(t.group(), null);
    }
    List<YearCost> rows = new ArrayList<>();
    for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
      BigDecimal days = BigDecimal.valueOf(FinancialYear.of(year).days());
      BigDecimal inflation = ForecastSpec.cumulative(spec.inflation(), spec.firstYear(), year);
      for (Map.Entry<PrimarySupportReason, GroupForecast> e : byGroup.entrySet()) {
        GroupForecast f = e.getValue();
        Interval people = f == null ? new Interval(0, 0, 0) : f.year(year).people();
        BigDecimal rules = pricing.factor(e.getKey(), year);
        Money weekly =
            f == null
                ? Money.ZERO
                : f.weeklyCostPerPerson().times(rules.multiply(inflation), RoundingMode.HALF_UP);
        int arrivals = 0;
        Money transitionsNet = Money.ZERO;
        for (Transition t : transitions.costed()) {
          if (t.group() != e.getKey()) {
            continue;
          }
          if (FinancialYear.of(year).covers(t.arrival())) {
            arrivals++;
          }
          transitionsNet = transitionsNet.plus(t.annualNet().getOrDefault(year, Money.ZERO));
        }
        Money caseload = cost(people.point(), weekly, days);
        rows.add(
            new YearCost(
                year,
                e.getKey(),
                people,
                rules,
                inflation,
                weekly,
                caseload,
                cost(people.lower(), weekly, days),
                cost(people.upper(), weekly, days),
                arrivals,
                transitionsNet,
                caseload.plus(transitionsNet)));
      }
    }
    return new BudgetPlan(List.copyOf(rows));
  }

  private static Money cost(double people, Money weekly, BigDecimal days) {
    BigDecimal exact =
        new BigDecimal(Double.toString(people))
            .multiply(weekly.amount())
            .multiply(days)
            .divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP);
    return Money.rounded(exact, RoundingMode.HALF_UP);
  }

  /** Every group's cost in every year, year by year. */
  public List<YearCost> rows() {
    return rows;
  }

  /** The net council cost of every group, by year. */
  public Map<Integer, Money> totalByYear() {
    Map<Integer, Money> out = new TreeMap<>();
    rows.forEach(r -> out.merge(r.year(), r.totalNet(), Money::plus));
    return out;
  }

  YearCost row(int year, PrimarySupportReason group) {
    return rows.stream()
        .filter(r -> r.year() == year && r.group() == group)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no forecast for " + group));
  }

  /** What moving budget as {@code r} says would do in each year. */
  public List<Realignment.Effect> realign(Realignment r) {
    List<Realignment.Effect> out = new ArrayList<>();
    for (Integer year : totalByYear().keySet()) {
      YearCost from = row(year, r.from());
      YearCost to = row(year, r.to());
      Money moved =
          r.amount() != null
              ? r.amount()
              : from.totalNet().times(r.percent().movePointLeft(2), RoundingMode.HALF_UP);
      BigDecimal days = BigDecimal.valueOf(FinancialYear.of(year).days());
      out.add(
          new Realignment.Effect(
              year,
              moved,
              from.totalNet().minus(moved),
              to.totalNet().plus(moved),
              people(moved, from.weeklyCostPerPerson(), days),
              people(moved, to.weeklyCostPerPerson(), days)));
    }
    return out;
  }

  /** moved ÷ (weekly × days ÷ 7), one decimal, half up; null when the weekly cost is zero. */
  private static BigDecimal people(Money moved, Money weekly, BigDecimal days) {
    if (weekly.isZero()) {
      return null;
    }
    return moved
        .amount()
        .multiply(BigDecimal.valueOf(7))
        .divide(weekly.amount().multiply(days), 1, RoundingMode.HALF_UP);
  }
}
