package org.openras.engine.forecast;

/**
 * A trend fitted to all but the last {@value DemandForecaster#BACKTEST_MONTHS} months of a group's
 * history and judged on them: the mean absolute percentage error (MAPE) of its forecasts of those
 * months against what happened, and how many of them fell within their prediction intervals.
 *
 * @param model the trend
 * @param fittedMonths months the trend was fitted to
 * @param heldOutMonths months forecast and compared (months with no people are left out of the
 *     MAPE, which divides by the actual count)
 * @param mape the mean of |actual − forecast| ÷ actual × 100 over the held-out months; null when
 *     every held-out month had no people
 * @param withinInterval held-out months whose actual count lay within the forecast's interval
 */
public record Backtest(
    TrendModel model, int fittedMonths, int heldOutMonths, Double mape, int withinInterval) {}
