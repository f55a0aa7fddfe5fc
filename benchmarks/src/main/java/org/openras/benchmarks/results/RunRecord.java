package org.openras.benchmarks.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the sidecar of a JMH result file: date, machine (processors, CPU model, memory, load, the
 * Java that ran), the command, the commit measured, and the {@link JmhSummary}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.openras.benchmarks.results.RunRecord <jmh.json>
 * <sidecar.json> <command> <commit>}
 */
public final class RunRecord {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private RunRecord() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: RunRecord <jmh.json> <sidecar.json> <command> <commit>");
      System.exit(2);
    }
    JsonNode jmh = JSON.readTree(Files.readString(Path.of(args[0])));
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    record.put("machine", machine());
    record.put("command", args[2]);
    record.put("commit", args[3]);
    record.put("results", Path.of(args[0]).getFileName().toString());
    record.put("summary", JmhSummary.of(jmh));
    Files.writeString(Path.of(args[1]), JSON.writeValueAsString(record) + "\n");
  }

  public static Map<String, Object> machine() throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("processors", Runtime.getRuntime().availableProcessors());
    m.put("cpuModel", procField("/proc/cpuinfo", "model name"));
    m.put("memory", procField("/proc/meminfo", "MemTotal"));
    String before = System.getenv("OPENRAS_LOAD_BEFORE_RUN");
    if (before != null) {
      m.put("loadAverageBeforeRun", before.strip());
    }
    m.put("loadAverageAfterRun", firstLine("/proc/loadavg"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put(
        "java",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")");
    return m;
  }

  private static String procField(String file, String field) throws IOException {
    Path p = Path.of(file);
    if (!Files.isReadable(p)) {
      return "unknown";
    }
    return Files.readAllLines(p).stream()
        .filter(l -> l.startsWith(field))
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .findFirst()
        .orElse("unknown");
  }

  private static String firstLine(String file) throws IOException {
    Path p = Path.of(file);
    return Files.isReadable(p) ? Files.readAllLines(p).get(0).strip() : "unknown";
  }
}
