package org.openras.benchmarks.reference;

import java.math.BigDecimal;

/**
 * A non-negative decimal factor held as an unscaled whole number over a power of ten (0.990 is 990
 * over 1000), for exact multiplication of whole pence with the rounding the rules name. Every
 * amount and factor of the calculation is non-negative, so adding part of the divisor before a
 * whole-number division rounds as {@link java.math.RoundingMode} HALF_UP, CEILING and FLOOR do.
 */
record Factor(long unscaled, long divisor) {

  static Factor of(BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("a factor must not be negative: " + value);
    }
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    return new Factor(
        v.unscaledValue().longValueExact(), BigDecimal.TEN.pow(v.scale()).longValueExact());
  }

  static Factor parse(String text) {
    return of(new BigDecimal(text));
  }

  long halfUp(long pence) {
    return (Math.multiplyExact(2, Math.multiplyExact(pence, unscaled)) + divisor) / (2 * divisor);
  }

  long ceiling(long pence) {
    return (Math.multiplyExact(pence, unscaled) + divisor - 1) / divisor;
  }

  long floor(long pence) {
    return Math.multiplyExact(pence, unscaled) / divisor;
  }
}
