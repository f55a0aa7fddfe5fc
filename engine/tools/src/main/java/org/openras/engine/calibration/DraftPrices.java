package org.openras.engine.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * The figures a draft RAS version takes from a fit: a price per point for every primary support
 * reason (whole pence, half up: the RAS multiplies whole points by whole pence exactly) and the 80%
 * prediction interval as shares of the indicative figure (two decimals, outward: the lower share
 * rounded down, the upper up, so the range never narrows).
 */
public record DraftPrices(
    Map<PrimarySupportReason, Money> pricePerPoint,
    Map<PrimarySupportReason, BigDecimal> lowerShare,
    Map<PrimarySupportReason, BigDecimal> upperShare) {

  /**
   * @throws CalibrationException for an intercept fit (a RAS prices points only) or a by-group fit
   *     that leaves a primary support reason without rows
   */
  public static DraftPrices of(CalibrationReport report) {
    if (!report.spec().method().isPricePerPoint()) {
      throw new CalibrationException(
          "A fit with an intercept cannot be written as a RAS version: the RAS logic prices"
              + " points (points × price per point) and has no intercept. Use the ratio method or"
              + " ols-origin for a draft; keep the ols fit for comparison in the report");
    }
    List<String> missing = new ArrayList<>();
    Map<PrimarySupportReason, Money> prices = new LinkedHashMap<>();
    Map<PrimarySupportReason, BigDecimal> lower = new LinkedHashMap<>();
    Map<PrimarySupportReason, BigDecimal> upper = new LinkedHashMap<>();
    for (PrimarySupportReason psr : PrimarySupportReason.values()) {
      FitResult fit = report.chosen(psr.name());
      if (report.spec().byGroup() && fit == report.overall()) {
        missing.add(psr.name());
        continue;
      }
      prices.put(psr, Money.rounded(decimal(fit.slope().estimate()), RoundingMode.HALF_UP));
      lower.put(psr, share(fit.interval80().lowerShare()).setScale(2, RoundingMode.FLOOR));
      upper.put(psr, share(fit.interval80().upperShare()).setScale(2, RoundingMode.CEILING));
    }
    if (!missing.isEmpty()) {
      throw new CalibrationException(
          "The cohort has no usable rows for "
              + String.join(", ", missing)
              + ": a by-group draft needs a price for every primary support reason. Add people"
              + " in those groups, or fit everyone together (without by-group)");
    }
    return new DraftPrices(prices, lower, upper);
  }

  private static BigDecimal share(double d) {
    return d == 0 ? BigDecimal.ZERO : decimal(d);
  }

  private static BigDecimal decimal(double d) {
    if (!Double.isFinite(d) || d <= 0) {
      throw new CalibrationException(
          String.format(
              Locale.ROOT, "The fit gives %s, which cannot be written as a price per point", d));
    }
    return new BigDecimal(Double.toString(d));
  }
}
