package org.openras.engine.forecast;

import java.time.YearMonth;
import java.util.List;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * One client group's demand forecast, with the backtests that chose its trend.
 *
 * @param group the client group
 * @param firstMonth the history's first month (month number 0)
 * @param lastMonth the history's last month
 * @param model the trend chosen
 * @param choice why it was chosen, in words
 * @param intercept the chosen trend's intercept (on its scale), fitted to the whole history
 * @param slope the chosen trend's slope per month (on its scale)
 * @param backtests each trend's backtest (empty when the history is too short for one)
 * @param weeklyCostPerPerson the net council cost per person per week over the history's last
 *     twelve months (Σ weekly cost ÷ Σ people, to the penny, half up)
 * @param years the forecast per financial year
 * @param months history and monthly forecast, for a fan chart
 */
public record GroupForecast(
    PrimarySupportReason group,
    YearMonth firstMonth,
    YearMonth lastMonth,
    TrendModel model,
    String choice,
    double intercept,
    double slope,
    List<Backtest> backtests,
    Money weeklyCostPerPerson,
    List<YearPeople> years,
    List<MonthPeople> months) {

  /** The chosen trend's backtest, or null when there was none. */
  public Backtest chosenBacktest() {
    return backtests.stream().filter(b -> b.model() == model).findFirst().orElse(null);
  }

  /** The forecast for financial year {@code year}. */
  public YearPeople year(int year) {
    return years.stream()
        .filter(y -> y.year() == year)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no forecast for " + year));
  }
}
