package org.openras.benchmarks.reference;

import java.math.BigDecimal;
import org.openras.engine.money.Money;

/** Money as whole pence in a {@code long}, and {@link #NONE} for a figure not produced. */
final class Pence {
  /** A figure the calculation did not produce (the engine's null). */
  static final long NONE = Long.MIN_VALUE;

  private Pence() {}

  static long parse(String pounds) {
    return new BigDecimal(pounds).movePointRight(2).longValueExact();
  }

  static long of(Money m) {
    return m == null ? NONE : m.amount().movePointRight(2).longValueExact();
  }
}
