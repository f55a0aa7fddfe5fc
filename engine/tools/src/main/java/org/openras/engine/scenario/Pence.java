package org.openras.engine.scenario;

import java.math.BigDecimal;

/** Pence held as {@code long} while a scenario runs, written as pounds text in reports. */
final class Pence {
  private Pence() {}

  static String text(long pence) {
    return BigDecimal.valueOf(pence, 2).toPlainString();
  }

  /** Basis points (hundredths of a percent) as a percentage, e.g. 312 as "3.12". */
  static String percent(long basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).toPlainString();
  }

  /** The change as basis points of the base, rounded half away from zero (base above zero). */
  static long basisPoints(long change, long base) {
    long twice = Math.multiplyExact(change, 20_000L) / base;
    return (twice + (twice >= 0 ? 1 : -1)) / 2;
  }
}
