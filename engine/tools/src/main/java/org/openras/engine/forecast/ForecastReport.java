package org.openras.engine.forecast;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openras.engine.money.Money;

/**
 * A whole run: what was asked, each group's forecast with its backtests, the young people costed
 * (and those that could not be), the net cost by year and group, the totals and any re-alignment.
 */
public record ForecastReport(
    ForecastSpec spec,
    List<GroupForecast> groups,
    Transition.Cohort transitions,
    List<YearCost> costs,
    Map<Integer, Money> totalByYear,
    RulePricing pricing,
    Realignment realignment,
    List<Realignment.Effect> realignmentEffects) {

  /** Runs the whole plan. */
  public static ForecastReport run(
      List<HistoryPoint> history,
      Transition.Cohort transitions,
      ForecastSpec spec,
      Realignment realignment) {
    return run(history, transitions, spec, RulePricing.none(), realignment);
  }

  /** Runs the whole plan, the caseload re-priced by the rules in force each year. */
  public static ForecastReport run(
      List<HistoryPoint> history,
      Transition.Cohort transitions,
      ForecastSpec spec,
      RulePricing pricing,
      Realignment realignment) {
    List<GroupForecast> groups = DemandForecaster.forecast(history, spec);
    BudgetPlan plan = BudgetPlan.of(groups, transitions, spec, pricing);
    return new ForecastReport(
        spec,
        groups,
        transitions,
        plan.rows(),
        plan.totalByYear(),
        pricing,
        realignment,
        realignment == null ? List.of() : plan.realign(realignment));
  }

  /** One CSV row per year and group, with the group's trend and backtest beside every figure. */
  public void writeCsv(Writer w) throws IOException {
    w.write(
        "year,group,trend,backtest_mape_percent,backtest_within_interval,people,people_lower,"
            + "people_upper,rules_factor,inflation_factor,weekly_cost_per_person,caseload_net,caseload_net_lower,"
            + "caseload_net_upper,arrivals,transitions_net,total_net\n");
    for (YearCost c : costs) {
      GroupForecast g =
          groups.stream().filter(x -> x.group() == c.group()).findFirst().orElse(null);
      Backtest b = g == null ? null : g.chosenBacktest();
      w.write(
          String.join(
                  ",",
                  FinancialYearLabel.of(c.year()),
                  c.group().name(),
                  g == null ? "" : g.model().name(),
                  b == null || b.mape() == null ? "" : String.format(Locale.ROOT, "%.2f", b.mape()),
                  b == null ? "" : b.withinInterval() + "/" + b.heldOutMonths(),
                  oneDecimal(c.people().point()),
                  oneDecimal(c.people().lower()),
                  oneDecimal(c.people().upper()),
                  c.rules().stripTrailingZeros().toPlainString(),
                  c.inflation().stripTrailingZeros().toPlainString(),
                  c.weeklyCostPerPerson().toString(),
                  c.caseloadNet().toString(),
                  c.caseloadNetLower().toString(),
                  c.caseloadNetUpper().toString(),
                  Integer.toString(c.arrivals()),
                  c.transitionsNet().toString(),
                  c.totalNet().toString())
              + "\n");
    }
  }

  static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** "2027/28" for the financial year starting in April 2027. */
  static final class FinancialYearLabel {
    private FinancialYearLabel() {}

    static String of(int year) {
      return year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
    }
  }
}
