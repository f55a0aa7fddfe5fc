package org.openras.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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

  /** The calculation timer's count and sum so far (seconds), summed over its labels. */
  Map<String, Object> calculationTimes() throws IOException, InterruptedException {
    double count = 0;
    double sum = 0;
    for (String line : get("/actuator/prometheus", null).split("\n")) {
      if (line.startsWith(TIMER + "_count")) {
        count += value(line);
      } else if (line.startsWith(TIMER + "_sum")) {
        sum += value(line);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("calculations", (long) count);
    m.put("secondsInEngineAndAudit", LoadGenerator.round(sum, 3));
    return m;
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
