package org.openras.engine.forecast;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openras.engine.money.Money;

/**
 * A whole run: what was asked, each group's forecast with its backtests, the young people costed
 * (and those that could not be), the net cost by year and group, the totals and any re-alignment;
 * and, when asked, the same forecast costed under a candidate policy choice beside the baseline
 * ({@code comparison}, null otherwise) and the budget envelope per year ({@code envelopes}, empty
 * otherwise). The money by year ({@code costs}) is the baseline's.
 */
public record ForecastReport(
    ForecastSpec spec,
    List<GroupForecast> groups,
    Transition.Cohort transitions,
    List<YearCost> costs,
    Map<Integer, Money> totalByYear,
    RulePricing pricing,
    Realignment realignment,
    List<Realignment.Effect> realignmentEffects,
    PolicyComparison comparison,
    List<YearEnvelope> envelopes) {

  public ForecastReport {
    envelopes = envelopes == null ? List.of() : List.copyOf(envelopes);
  }

  /** A report without a comparison or envelopes, as before they were added. */
  public ForecastReport(
      ForecastSpec spec,
      List<GroupForecast> groups,
      Transition.Cohort transitions,
      List<YearCost> costs,
      Map<Integer, Money> totalByYear,
      RulePricing pricing,
      Realignment realignment,
      List<Realignment.Effect> realignmentEffects) {
    this(
        spec,
        groups,
        transitions,
        costs,
        totalByYear,
        pricing,
        realignment,
        realignmentEffects,
        null,
        List.of());
  }

  /**
   * Runs the whole plan under a baseline policy choice and, when {@code candidate} is not null,
   * costs the same forecast under it too; with {@code envelopes}, solves each year's envelope
   * (baseline).
   */
  public static ForecastReport run(
      List<HistoryPoint> history,
      ForecastSpec spec,
      PolicyCosting baseline,
      PolicyCosting candidate,
      Realignment realignment,
      EnvelopeTargets envelopes) {
    List<GroupForecast> groups = DemandForecaster.forecast(history, spec);
    BudgetPlan plan = BudgetPlan.of(groups, baseline.transitions(), spec, baseline.pricing());
    PolicyComparison comparison = null;
    if (candidate != null) {
      BudgetPlan other = BudgetPlan.of(groups, candidate.transitions(), spec, candidate.pricing());
      comparison = PolicyComparison.of(baseline.choice(), plan, candidate.choice(), other);
    }
    return new ForecastReport(
        spec,
        groups,
        baseline.transitions(),
        plan.rows(),
        plan.totalByYear(),
        baseline.pricing(),
        realignment,
        realignment == null ? List.of() : plan.realign(realignment),
        comparison,
        envelopes == null ? List.of() : YearEnvelopes.solve(plan, baseline, envelopes, spec));
  }

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

  /** One CSV row per year and group under both choices (only a header without a comparison). */
  public void writeComparisonCsv(Writer w) throws IOException {
    w.write(
        "year,group,baseline,candidate,baseline_rules_factor,candidate_rules_factor,"
            + "baseline_caseload_net,candidate_caseload_net,baseline_transitions_net,"
            + "candidate_transitions_net,baseline_net,candidate_net,difference\n");
    if (comparison == null) {
      return;
    }
    for (PolicyComparison.Row r : comparison.rows()) {
      w.write(
          String.join(
                  ",",
                  FinancialYearLabel.of(r.year()),
                  r.group().name(),
                  csv(comparison.baseline().label()),
                  csv(comparison.candidate().label()),
                  r.baselineRules().stripTrailingZeros().toPlainString(),
                  r.candidateRules().stripTrailingZeros().toPlainString(),
                  r.baselineCaseloadNet().toString(),
                  r.candidateCaseloadNet().toString(),
                  r.baselineTransitionsNet().toString(),
                  r.candidateTransitionsNet().toString(),
                  r.baselineNet().toString(),
                  r.candidateNet().toString(),
                  r.difference().toString())
              + "\n");
    }
  }

  /** One CSV row per year with an envelope. */
  public void writeEnvelopesCsv(Writer w) throws IOException {
    w.write(
        "year,target,contingency,target_to_meet,forecast_net,status,factor,cost_at_factor,"
            + "below_target,lowest,cost_at_lowest,highest,cost_at_highest,share_of_forecast,"
            + "held_fixed\n");
    for (YearEnvelope e : envelopes) {
      w.write(
          String.join(
                  ",",
                  FinancialYearLabel.of(e.year()),
                  e.target().toString(),
                  e.contingency().toPlainString(),
                  e.targetToMeet().toString(),
                  e.forecastNet().toString(),
                  e.status(),
                  e.factor() == null ? "" : e.factor().toPlainString(),
                  e.costAtFactor() == null ? "" : e.costAtFactor().toString(),
                  e.belowTarget() == null ? "" : e.belowTarget().toString(),
                  e.lowest().toPlainString(),
                  e.costAtLowest().toString(),
                  e.highest().toPlainString(),
                  e.costAtHighest().toString(),
                  e.shareOfForecast() == null ? "" : e.shareOfForecast().toPlainString(),
                  String.join(" ", e.heldFixed().stream().map(Enum::name).toList()))
              + "\n");
    }
  }

  private static String csv(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
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
