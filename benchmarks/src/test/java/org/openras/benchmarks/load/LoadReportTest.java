package org.openras.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The service's histograms read before and after the measured part give that part's percentiles as
 * bucket bounds: only what happened in between counts.
 */
class LoadReportTest {
  private static NavigableMap<Double, Double> buckets(double... boundAndCount) {
    NavigableMap<Double, Double> m = new TreeMap<>();
    for (int i = 0; i < boundAndCount.length; i += 2) {
      m.put(boundAndCount[i], boundAndCount[i + 1]);
    }
    return m;
  }

  @Test
  void theMeasuredPartAloneGivesThePercentiles() {
    double inf = Double.POSITIVE_INFINITY;
    // Before: 1,000 calculations, all within 5 ms (the warm-up's).
    NavigableMap<Double, Double> before = buckets(0.005, 1000, 0.050, 1000, 0.1, 1000, inf, 1000);
    // After: 1,000 more: 980 within 5 ms, 15 within 50 ms, 5 within 100 ms.
    NavigableMap<Double, Double> after = buckets(0.005, 1980, 0.050, 1995, 0.1, 2000, inf, 2000);
    Map<String, Object> m = LoadReport.serverSideLatency(before, after);
    assertThat(m.get("calculations")).isEqualTo(1000L);
    assertThat(m.get("p50AtMost")).isEqualTo(5.0);
    assertThat(m.get("p99AtMost")).isEqualTo(50.0);
    assertThat(m.get("p99.9AtMost")).isEqualTo(100.0);
    assertThat(m.get("over50ms")).isEqualTo(5L);
  }

  @Test
  void batchesBeyondTheLargestBucketSaySo() {
    double inf = Double.POSITIVE_INFINITY;
    Map<String, Object> m =
        LoadReport.auditBatches(
            buckets(0.01, 0, inf, 0), buckets(0.01, 90, inf, 100)); // 10 over 10 ms
    assertThat(m.get("batches")).isEqualTo(100L);
    assertThat(m.get("p50AtMost")).isEqualTo(10.0);
    assertThat(m.get("p99AtMost")).isEqualTo("over the largest bucket");
  }

  @Test
  void nothingMeasuredGivesNothing() {
    NavigableMap<Double, Double> same = buckets(0.01, 7, Double.POSITIVE_INFINITY, 7);
    assertThat(LoadReport.auditBatches(same, same)).isEmpty();
  }
}
