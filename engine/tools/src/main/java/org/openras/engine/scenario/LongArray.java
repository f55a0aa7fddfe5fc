package org.openras.engine.scenario;

import java.util.Arrays;

/** A growable array of primitive longs: the only per-person memory a scenario keeps. */
final class LongArray {
  private long[] values = new long[1024];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  /** The values sorted ascending (a copy; the array itself keeps caseload order). */
  long[] sorted() {
    long[] copy = Arrays.copyOf(values, size);
    Arrays.sort(copy);
    return copy;
  }
}
