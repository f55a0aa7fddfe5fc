package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a finance officer asks of a forecast.
 *
 * @param firstYear the first forecast financial year's first calendar year (2027 is 2027/28)
 * @param years how many financial years to forecast (1 to 10)
 * @param confidence the prediction intervals' coverage, such as 0.95
 * @param populationGrowth an optional factor per financial year for growth in the population the
 *     trend does not already show (1.02 is 2% more); the factors compound from the first year, and
 *     a year without one takes 1
 * @param inflation an optional price inflation factor per financial year beyond what the rule-set
 *     versions already hold (1.03 is 3% dearer); they compound the same way
 */
public record ForecastSpec(
    int firstYear,
    int years,
    double confidence,
    Map<Integer, BigDecimal> populationGrowth,
    Map<Integer, BigDecimal> inflation) {

  public ForecastSpec {
    if (years < 1 || years > 10) {
      throw new IllegalArgumentException("years must be 1 to 10: " + years);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
    }
    populationGrowth = checked("populationGrowth", populationGrowth);
    inflation = checked("inflation", inflation);
  }

  private static Map<Integer, BigDecimal> checked(String name, Map<Integer, BigDecimal> factors) {
    Map<Integer, BigDecimal> copy = new TreeMap<>(factors == null ? Map.of() : factors);
    copy.forEach(
        (year, f) -> {
          if (f == null || f.signum() <= 0) {
            throw new IllegalArgumentException(
                name + " for " + year + " must be a factor above zero, such as 1.02");
          }
        });
    return java.util.Collections.unmodifiableMap(copy);
  }

  /** The last forecast financial year's first calendar year. */
  public int lastYear() {
    return firstYear + years - 1;
  }

  /** The product of the factors from the first forecast year to {@code year}, both included. */
  static BigDecimal cumulative(Map<Integer, BigDecimal> factors, int firstYear, int year) {
    BigDecimal f = BigDecimal.ONE;
    for (int y = firstYear; y <= year; y++) {
      f = f.multiply(factors.getOrDefault(y, BigDecimal.ONE));
    }
    return f;
  }
}
