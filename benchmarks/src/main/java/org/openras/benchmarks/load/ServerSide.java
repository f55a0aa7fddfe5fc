package org.openras.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service says about itself: its own calculation timer (engine and audit write, from
 * /actuator/prometheus) and, as the auditor, the audit chain's verification.
 */
final class ServerSide {
  private static final String TIMER = "openras_calculation_duration_seconds";
  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;
  private final String auditor;

  ServerSide(URI base, String auditor) {
    this.base = base;
    this.auditor = auditor;
  }

  /**
   * The service's own meters so far, each summed over its labels: the calculation timer (engine and
   * audit write), the engine's timer, its threads' CPU time and allocation in the engine, and the
   * JVM's allocation (counted at each garbage collection).
   */
  Map<String, Object> calculationTimes() throws IOException, InterruptedException {
    Map<String, Double> sums = new LinkedHashMap<>();
    for (String line : get("/actuator/prometheus", null).split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int brace = line.indexOf('{');
      int space = line.indexOf(' ');
      String name = line.substring(0, brace >= 0 && brace < space ? brace : space);
      if (METERS.containsKey(name)) {
        sums.merge(name, value(line), Double::sum);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    METERS.forEach((name, key) -> m.put(key, LoadGenerator.round(sums.getOrDefault(name, 0.0), 6)));
    return m;
  }

  /**
   * The calculation timer's histogram so far: for each bucket's upper bound in seconds (the
   * Prometheus {@code le} label, +Inf as infinity), how many calculations took at most that long,
   * summed over the other labels.
   */
  NavigableMap<Double, Double> calculationBuckets() throws IOException, InterruptedException {
    return buckets(TIMER);
  }

  /** The same for the audit writer's batch timer: how long each group commit took. */
  NavigableMap<Double, Double> batchBuckets() throws IOException, InterruptedException {
    return buckets("openras_audit_batch_duration_seconds");
  }

  private NavigableMap<Double, Double> buckets(String timer)
      throws IOException, InterruptedException {
    NavigableMap<Double, Double> buckets = new TreeMap<>();
    String prefix = timer + "_bucket{";
    for (String line : get("/actuator/prometheus", null).split("\n")) {
      if (!line.startsWith(prefix)) {
        continue;
      }
      int le = line.indexOf("le=\"");
      if (le < 0) {
        continue;
      }
      String bound = line.substring(le + 4, line.indexOf('"', le + 4));
      double upper = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
      buckets.merge(upper, value(line), Double::sum);
    }
    return buckets;
  }

  /** Prometheus names of the meters read, and the names they get in the result file. */
  static final Map<String, String> METERS = new LinkedHashMap<>();

  static {
    METERS.put(TIMER + "_count", "calculations");
    METERS.put(TIMER + "_sum", "secondsInEngineAndAudit");
    METERS.put("openras_engine_duration_seconds_count", "engineCalls");
    METERS.put("openras_engine_duration_seconds_sum", "secondsInEngine");
    METERS.put("openras_engine_cpu_seconds_total", "engineCpuSeconds");
    METERS.put("openras_engine_allocated_bytes_total", "engineAllocatedBytes");
    METERS.put("jvm_gc_memory_allocated_bytes_total", "jvmAllocatedBytes");
    METERS.put("openras_audit_batch_size_count", "auditBatches");
    METERS.put("openras_audit_batch_size_sum", "auditRecordsInBatches");
    METERS.put("openras_audit_batch_duration_seconds_sum", "secondsInAuditBatches");
  }

  /** The chain verified, and its record count against the calculations answered in the run. */
  Map<String, Object> audit(long answered) throws IOException, InterruptedException {
    long start = System.nanoTime();
    JsonNode v = JsonMapper.builder().build().readTree(get("/api/v1/audit/verify", auditor));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("answeredInWarmupAndRun", answered);
    m.put("recordsChecked", v.path("recordsChecked").asLong());
    m.put("intact", v.path("intact").asBoolean());
    m.put(
        "recordsEqualAnswered",
        v.path("intact").asBoolean() && v.path("recordsChecked").asLong() == answered);
    m.put("verifySeconds", LoadGenerator.round((System.nanoTime() - start) / 1e9, 2));
    return m;
  }

  private String get(String path, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static double value(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }
}
