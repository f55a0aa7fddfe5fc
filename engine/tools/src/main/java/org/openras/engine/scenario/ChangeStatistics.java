package org.openras.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import org.openras.engine.scenario.ScenarioReport.HistogramBin;
import org.openras.engine.scenario.ScenarioReport.Point;

/** Percentiles and the histogram of change, from sorted primitive arrays. */
final class ChangeStatistics {
  static final double[] PERCENTILES = {1, 5, 10, 25, 50, 75, 90, 95, 99};
  private static final int BINS_EACH_SIDE = 10;

  private ChangeStatistics() {}

  /** Minimum, the nearest-rank percentiles, maximum; empty when there are no values. */
  static List<Point> percentiles(long[] sorted, boolean asPercent) {
    List<Point> out = new ArrayList<>();
    if (sorted.length == 0) {
      return out;
    }
    out.add(point("min", sorted[0], asPercent));
    for (double p : PERCENTILES) {
      int rank = (int) Math.ceil(p / 100 * sorted.length);
      out.add(point("p" + (int) p, sorted[Math.max(0, rank - 1)], asPercent));
    }
    out.add(point("max", sorted[sorted.length - 1], asPercent));
    return out;
  }

  private static Point point(String name, long value, boolean asPercent) {
    return new Point(name, asPercent ? Pence.percent(value) : Pence.text(value));
  }

  /**
   * Weekly change in bins of a round width (1, 2 or 5 times a power of ten pence) chosen so ten
   * bins each side of zero cover the 1st to 99th percentiles; "no change" has a bin of its own, and
   * anything beyond the outer bins falls in an open-ended bin.
   */
  static List<HistogramBin> histogram(long[] sorted) {
    List<HistogramBin> bins = new ArrayList<>();
    if (sorted.length == 0) {
      return bins;
    }
    long spread = Math.max(Math.abs(at(sorted, 1)), Math.abs(at(sorted, 99)));
    long width = roundWidth(Math.max(1, (spread + BINS_EACH_SIDE - 1) / BINS_EACH_SIDE));
    long edge = width * BINS_EACH_SIDE;
    bins.add(bin("lose more than " + Pence.text(edge), Long.MIN_VALUE, -edge - 1, sorted));
    for (int k = BINS_EACH_SIDE; k >= 1; k--) {
      long from = -k * width;
      long to = -(k - 1) * width - 1;
      bins.add(
          bin(
              "lose " + Pence.text((k - 1) * width) + " to " + Pence.text(k * width),
              from,
              to,
              sorted));
    }
    bins.add(bin("no change", 0, 0, sorted));
    for (int k = 1; k <= BINS_EACH_SIDE; k++) {
      long from = (k - 1) * width + 1;
      long to = k * width;
      bins.add(
          bin("gain " + Pence.text((k - 1) * width) + " to " + Pence.text(to), from, to, sorted));
    }
    bins.add(bin("gain more than " + Pence.text(edge), edge + 1, Long.MAX_VALUE, sorted));
    return bins;
  }

  private static long at(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  static long roundWidth(long raw) {
    long power = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * power >= raw) {
          return m * power;
        }
      }
      power *= 10;
    }
  }

  /** People with a change from {@code from} to {@code to} pence, both inclusive. */
  private static HistogramBin bin(String label, long from, long to, long[] sorted) {
    long count = firstAbove(sorted, to) - firstAtLeast(sorted, from);
    return new HistogramBin(label, from, to, count);
  }

  private static int firstAtLeast(long[] a, long v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int firstAbove(long[] a, long v) {
    return v == Long.MAX_VALUE ? a.length : firstAtLeast(a, v + 1);
  }
}
