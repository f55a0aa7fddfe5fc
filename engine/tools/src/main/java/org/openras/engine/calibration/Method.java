package org.openras.engine.calibration;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How points are turned into pounds (the ratio and least-squares methods of docs/calibration.md).
 */
public enum Method {
  /**
   * Price per point = budget available × (1 − contingency) ÷ total points of the cohort (per group:
   * the group's share of the actual cost, ÷ the group's points).
   */
  RATIO("ratio", 1),
  /** Least squares {@code cost = a + b × points}: an intercept and a slope. */
  OLS("ols", 2),
  /** Least squares through the origin {@code cost = b × points}: a price per point. */
  OLS_ORIGIN("ols-origin", 1);

  private final String code;
  private final int coefficients;

  Method(String code, int coefficients) {
    this.code = code;
    this.coefficients = coefficients;
  }

  /** The name used on the command line and in reports. */
  public String code() {
    return code;
  }

  /** How many coefficients the method estimates (for degrees of freedom). */
  public int coefficients() {
    return coefficients;
  }

  /** True when the fit is a price per point alone and can be written as a RAS version. */
  public boolean isPricePerPoint() {
    return this != OLS;
  }

  public static Method of(String code) {
    return Arrays.stream(values())
        .filter(m -> m.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown method '"
                        + code
                        + "'; give one of "
                        + Arrays.stream(values())
                            .map(Method::code)
                            .collect(Collectors.joining(", "))));
  }
}
