package org.openras.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.openras.benchmarks.results.RunRecord;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The load run's result file: date, machine, command, commit, settings, figures, audit, target. */
final class LoadReport {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private LoadReport() {}

  static Map<String, Object> percentiles(Histogram micros) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (double p : new double[] {50, 90, 95, 99, 99.9}) {
      m.put(
          "p" + (p == Math.rint(p) ? String.valueOf((int) p) : String.valueOf(p)),
          ms(micros.getValueAtPercentile(p)));
    }
    m.put("max", ms(micros.getMaxValue()));
    m.put("mean", LoadGenerator.round(micros.getMean() / 1000, 2));
    return m;
  }

  /**
   * The service's own view of the measured part's latency, from its calculation timer's histogram
   * read before and after (engine, record written and committed; not Tomcat's queue, the network or
   * the load generator): p50, p99 and p99.9 as the upper bound of the bucket they fall in, and how
   * many calculations took over 50 ms. Beside the load generator's percentiles it says whether a
   * slow answer was slow inside the calculation or outside it.
   */
  static Map<String, Object> serverSideLatency(
      NavigableMap<Double, Double> before, NavigableMap<Double, Double> after) {
    Map<String, Object> m = bucketPercentiles("calculations", before, after);
    if (m.isEmpty()) {
      return m;
    }
    NavigableMap<Double, Double> measured = difference(before, after);
    double total = measured.lastEntry().getValue();
    Map.Entry<Double, Double> upTo50 = measured.floorEntry(0.050);
    m.put("over50ms", Math.round(total - (upTo50 == null ? 0 : upTo50.getValue())));
    m.put(
        "note",
        "the service's openras.calculation.duration histogram (engine, record written and"
            + " committed), bucket upper bounds; over50ms counts from the largest bucket at most"
            + " 50 ms");
    return m;
  }

  /**
   * The audit writer's group commits in the measured part (its openras.audit.batch.duration timer):
   * how many, and p50, p99 and p99.9 of their times as bucket upper bounds (1, 2, 5, 10, 20, 50,
   * 100 ... ms). Every answer in a batch waits for its write.
   */
  static Map<String, Object> auditBatches(
      NavigableMap<Double, Double> before, NavigableMap<Double, Double> after) {
    Map<String, Object> m = bucketPercentiles("batches", before, after);
    if (!m.isEmpty()) {
      m.put("note", "openras.audit.batch.duration: start to commit, bucket upper bounds");
    }
    return m;
  }

  private static NavigableMap<Double, Double> difference(
      NavigableMap<Double, Double> before, NavigableMap<Double, Double> after) {
    NavigableMap<Double, Double> measured = new TreeMap<>();
    after.forEach((le, n) -> measured.put(le, n - before.getOrDefault(le, 0.0)));
    return measured;
  }

  /** How many, then p50, p99 and p99.9 as the upper bounds (ms) of the buckets they fall in. */
  private static Map<String, Object> bucketPercentiles(
      String counted, NavigableMap<Double, Double> before, NavigableMap<Double, Double> after) {
    NavigableMap<Double, Double> measured = difference(before, after);
    Map<String, Object> m = new LinkedHashMap<>();
    double total = measured.isEmpty() ? 0 : measured.lastEntry().getValue();
    if (total <= 0) {
      return m;
    }
    m.put(counted, Math.round(total));
    for (double p : new double[] {50, 99, 99.9}) {
      double bound = Double.NaN;
      for (Map.Entry<Double, Double> b : measured.entrySet()) {
        if (b.getValue() >= total * p / 100) {
          bound = b.getKey();
          break;
        }
      }
      m.put(
          "p" + (p == Math.rint(p) ? String.valueOf((int) p) : String.valueOf(p)) + "AtMost",
          Double.isInfinite(bound)
              ? "over the largest bucket"
              : LoadGenerator.round(bound * 1000, 2));
    }
    return m;
  }

  /** One 10 s window of the measured part: when it ended (s), answers, p50, p99 and max (ms). */
  static Map<String, Object> window(double endSecond, Histogram micros) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("endSecond", LoadGenerator.round(endSecond, 1));
    m.put("answers", micros.getTotalCount());
    m.put("p50", ms(micros.getValueAtPercentile(50)));
    m.put("p99", ms(micros.getValueAtPercentile(99)));
    m.put("max", ms(micros.getMaxValue()));
    return m;
  }

  /**
   * The measured part's figures per answer, from the service's meters (differences between before
   * and after) and the service's process CPU: engine time (elapsed and its thread's CPU), the
   * service's CPU, their ratio (the reference measured in the same run), and allocation.
   */
  static Map<String, Object> perAnswer(
      Map<String, Object> before, Map<String, Object> after, double serviceCpuSeconds) {
    double calls = delta(before, after, "engineCalls");
    double calculations = delta(before, after, "calculations");
    Map<String, Object> m = new LinkedHashMap<>();
    if (calls <= 0 || calculations <= 0) {
      return m;
    }
    double engineCpuMs = 1000 * delta(before, after, "engineCpuSeconds") / calls;
    m.put(
        "engineMillis",
        LoadGenerator.round(1000 * delta(before, after, "secondsInEngine") / calls, 4));
    m.put("engineCpuMillis", LoadGenerator.round(engineCpuMs, 4));
    m.put(
        "engineAndAuditMillis",
        LoadGenerator.round(
            1000 * delta(before, after, "secondsInEngineAndAudit") / calculations, 4));
    m.put(
        "engineAllocatedKb",
        LoadGenerator.round(delta(before, after, "engineAllocatedBytes") / calls / 1024, 1));
    m.put(
        "serviceAllocatedKb",
        LoadGenerator.round(delta(before, after, "jvmAllocatedBytes") / calculations / 1024, 1));
    if (serviceCpuSeconds >= 0) {
      double serviceCpuMs = 1000 * serviceCpuSeconds / calculations;
      m.put("serviceCpuMillis", LoadGenerator.round(serviceCpuMs, 4));
      m.put(
          "serviceCpuToEngineCpu",
          engineCpuMs > 0 ? LoadGenerator.round(serviceCpuMs / engineCpuMs, 2) : null);
      m.put("serviceCpuToEngineCpuTarget", 5.0);
    }
    m.put(
        "note",
        "engine figures are the service's own meters of the engine call (openras.engine.*: elapsed,"
            + " thread CPU time, thread allocation); service CPU is the JVM process's user+system"
            + " time in the measured part (every thread: HTTP, security, JSON, audit, GC, JIT);"
            + " service allocation is jvm.gc.memory.allocated (counted at each young collection,"
            + " so approximate to one young generation); per answer = per calculation timed");
    return m;
  }

  static double delta(Map<String, Object> before, Map<String, Object> after, String key) {
    return ((Number) after.get(key)).doubleValue() - ((Number) before.get(key)).doubleValue();
  }

  static Map<String, Object> target(
      double rate, double p99Millis, double achieved, Histogram micros) {
    double p99 = micros.getValueAtPercentile(99) / 1000.0;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ratePerSecond", rate);
    m.put("p99Millis", p99Millis);
    m.put("rateMet", achieved >= rate * 0.99);
    m.put("p99Met", p99 < p99Millis);
    return m;
  }

  static void write(
      Path out,
      Map<String, String> options,
      Map<String, Object> run,
      Map<String, Object> results,
      Map<String, Object> audit,
      Map<String, Object> target)
      throws IOException {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    record.put("machine", RunRecord.machine());
    record.put("command", options.getOrDefault("command", "unknown"));
    record.put("commit", options.getOrDefault("commit", "unknown"));
    record.put("database", options.getOrDefault("database", "unknown"));
    record.put("run", run);
    record.put("results", results);
    record.put("audit", audit);
    record.put("target", target);
    if (options.containsKey("note")) {
      record.put("note", options.get("note"));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, JSON.writeValueAsString(record) + "\n");
  }

  private static double ms(long micros) {
    return LoadGenerator.round(micros / 1000.0, 2);
  }
}
