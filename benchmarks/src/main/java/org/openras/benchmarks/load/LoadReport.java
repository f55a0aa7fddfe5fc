package org.openras.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
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
