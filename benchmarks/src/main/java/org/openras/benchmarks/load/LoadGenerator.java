package org.openras.benchmarks.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.openras.seeds.SeedPeople;

/**
 * Drives a running service: a warm-up, then the measured run, both at a fixed rate, posting the
 * seed people in turn as the demonstration assessor; then checks the audit trail (as the auditor)
 * and writes the result as JSON.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.openras.benchmarks.load.LoadGenerator --url=...
 * --rate=500 --seconds=60 --warmup=20 --workers=64 --out=file.json --command=... --commit=...
 * [--servicePid=...] [--dbName=...] [--note=...]}. With the service's process id it also reports
 * the CPU the service used in the measured part, per answer. The audit check assumes the trail was
 * empty before the run (a fresh database).
 */
public final class LoadGenerator {
  static final double TARGET_RATE = 500;
  static final double TARGET_P99_MILLIS = 50;

  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    URI base = URI.create(o.getOrDefault("url", "http://127.0.0.1:8080"));
    double rate = Double.parseDouble(o.getOrDefault("rate", "500"));
    double seconds = Double.parseDouble(o.getOrDefault("seconds", "60"));
    double warmup = Double.parseDouble(o.getOrDefault("warmup", "20"));
    int workers = Integer.parseInt(o.getOrDefault("workers", "64"));
    List<String> people = SeedPeople.names().stream().map(SeedPeople::json).toList();

    OpenLoop loop = new OpenLoop(base.resolve("/api/v1/calculations"), basic("assessor"), people);
    ServerSide server = new ServerSide(base, basic("auditor"));
    System.out.printf("Warm-up: %.0f s at %.0f/s%n", warmup, rate);
    loop.run(rate, warmup, workers);
    loop.latencyMicros.getIntervalHistogram(); // the warm-up's latencies are discarded
    long answeredInWarmup = loop.answered.sum();
    long notSentInWarmup = loop.notSent.sum();
    Map<String, Object> serverBefore = server.calculationTimes();
    NavigableMap<Double, Double> bucketsBefore = server.calculationBuckets();
    NavigableMap<Double, Double> batchesBefore = server.batchBuckets();
    String loadBefore = firstLine("/proc/loadavg");
    String pid = o.get("servicePid");
    long cpuBefore = cpuTicks(pid);
    String self = Long.toString(ProcessHandle.current().pid());
    long generatorBefore = cpuTicks(self);
    long postgresBefore = postgresTicks(o.get("dbName"));
    long machineBefore = machineBusyTicks();

    System.out.printf("Measured: %.0f s at %.0f/s from %d workers%n", seconds, rate, workers);
    long start = System.nanoTime();
    List<Map<String, Object>> windows = new ArrayList<>();
    Histogram latency = measured(loop, rate, seconds, workers, windows);
    double elapsed = (System.nanoTime() - start) / 1e9;
    String loadAfter = firstLine("/proc/loadavg");
    long cpuAfter = cpuTicks(pid);
    long generatorAfter = cpuTicks(self);
    long postgresAfter = postgresTicks(o.get("dbName"));
    long machineAfter = machineBusyTicks();
    long answeredMeasured = loop.answered.sum() - answeredInWarmup;
    loop.close();

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("rateRequestedPerSecond", rate);
    run.put("seconds", seconds);
    run.put("warmupSeconds", warmup);
    run.put("workers", workers);
    run.put("people", people.size());
    if (o.containsKey("serviceWarmUp")) {
      run.put("serviceWarmUp", o.get("serviceWarmUp")); // the service's own log line
    }
    if (o.containsKey("serviceReadyMillis")) {
      run.put("serviceReadyMillis", Long.parseLong(o.get("serviceReadyMillis")));
    }
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("requestsDue", Math.round(rate * seconds));
    results.put("requestsSent", latency.getTotalCount());
    results.put("requestsDueButNotSent", loop.notSent.sum() - notSentInWarmup);
    results.put("answered", answeredMeasured);
    results.put("elapsedSeconds", round(elapsed, 2));
    results.put("throughputPerSecond", round(answeredMeasured / elapsed, 1));
    results.put("latencyMillis", LoadReport.percentiles(latency));
    results.put("latencyMillisPer10Seconds", windows);
    results.put("otherStatuses", loop.statuses());
    results.put("connectionFailures", loop.failed.sum());
    results.put("loadAverageBeforeService", o.getOrDefault("loadBeforeService", "unknown"));
    results.put("loadAverageBefore", loadBefore);
    results.put("loadAverageAfter", loadAfter);
    if (cpuBefore >= 0 && cpuAfter >= 0) {
      // CPU the service's JVM used in the measured part (all its threads), per answer: a figure a
      // loaded machine slows less than latency, to compare builds with each other.
      double cpuSeconds = (cpuAfter - cpuBefore) / (double) USER_HZ;
      results.put("serviceCpuSeconds", round(cpuSeconds, 2));
      results.put(
          "serviceCpuMillisPerAnswer",
          answeredMeasured == 0 ? null : round(1000 * cpuSeconds / answeredMeasured, 3));
    }
    // Who else used the machine's CPU in the measured part (issue 22): this load generator's own
    // JVM, the PostgreSQL backends connected to this run's database (the WAL writer and other
    // shared PostgreSQL processes not counted), and the whole machine (every core, every process).
    Map<String, Object> cpu = new LinkedHashMap<>();
    cpu.put("serviceSeconds", seconds(cpuBefore, cpuAfter));
    cpu.put("loadGeneratorSeconds", seconds(generatorBefore, generatorAfter));
    cpu.put("postgresBackendsSeconds", seconds(postgresBefore, postgresAfter));
    cpu.put("machineBusySeconds", seconds(machineBefore, machineAfter));
    cpu.put("machineCoreSeconds", round(elapsed * Runtime.getRuntime().availableProcessors(), 2));
    if (answeredMeasured > 0) {
      cpu.put(
          "loadGeneratorMillisPerAnswer",
          generatorBefore < 0 || generatorAfter < 0
              ? null
              : round(1000.0 * (generatorAfter - generatorBefore) / USER_HZ / answeredMeasured, 3));
      cpu.put(
          "postgresBackendsMillisPerAnswer",
          postgresBefore < 0 || postgresAfter < 0
              ? null
              : round(1000.0 * (postgresAfter - postgresBefore) / USER_HZ / answeredMeasured, 3));
    }
    results.put("cpuInMeasuredPart", cpu);
    Map<String, Object> serverAfter = server.calculationTimes();
    results.put(
        "serverSideLatencyMillis",
        LoadReport.serverSideLatency(bucketsBefore, server.calculationBuckets()));
    Map<String, Object> batches = LoadReport.auditBatches(batchesBefore, server.batchBuckets());
    if (!batches.isEmpty()) {
      // The one writer's share of the measured part spent writing batches (docs/adr/0005): near
      // 1, every answer queues behind the batch being written.
      batches.put(
          "writerBusyShare",
          round(LoadReport.delta(serverBefore, serverAfter, "secondsInAuditBatches") / elapsed, 3));
      batches.put(
          "recordsPerBatch",
          round(
              LoadReport.delta(serverBefore, serverAfter, "auditRecordsInBatches")
                  / LoadReport.delta(serverBefore, serverAfter, "auditBatches"),
              2));
    }
    results.put("auditBatchMillis", batches);
    results.put("serverSideBefore", serverBefore);
    results.put("serverSideAfter", serverAfter);
    results.put(
        "perAnswer",
        LoadReport.perAnswer(
            serverBefore,
            serverAfter,
            cpuBefore >= 0 && cpuAfter >= 0 ? (cpuAfter - cpuBefore) / (double) USER_HZ : -1));

    Map<String, Object> audit = server.audit(loop.answered.sum());
    Map<String, Object> target =
        LoadReport.target(TARGET_RATE, TARGET_P99_MILLIS, answeredMeasured / elapsed, latency);
    Path out = Path.of(o.getOrDefault("out", "load.json"));
    LoadReport.write(out, o, run, results, audit, target);
    System.out.println(Files.readString(out));
    boolean auditOk = Boolean.TRUE.equals(audit.get("recordsEqualAnswered"));
    System.exit(auditOk ? 0 : 1);
  }

  /**
   * Runs the measured part and returns its latencies; every 10 s it also adds a line to {@code
   * windows} for the answers that came in those 10 s (the second the window ended, how many, p50,
   * p99, max), so a tail can be placed in time: a cold path at the start, or pauses throughout.
   */
  private static Histogram measured(
      OpenLoop loop, double rate, double seconds, int workers, List<Map<String, Object>> windows)
      throws InterruptedException {
    Histogram all = new Histogram(OpenLoop.MAX_LATENCY_MICROS, 3);
    long start = System.nanoTime();
    Runnable take =
        () -> {
          synchronized (all) {
            Histogram h = loop.latencyMicros.getIntervalHistogram();
            all.add(h);
            windows.add(LoadReport.window((System.nanoTime() - start) / 1e9, h));
          }
        };
    ScheduledExecutorService every = Executors.newSingleThreadScheduledExecutor();
    every.scheduleAtFixedRate(take, 10, 10, TimeUnit.SECONDS);
    try {
      loop.run(rate, seconds, workers);
    } finally {
      every.shutdownNow();
      every.awaitTermination(10, TimeUnit.SECONDS);
    }
    take.run();
    return all;
  }

  /** Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ) in /proc/[pid]/stat. */
  static final int USER_HZ = 100;

  /** User plus system CPU ticks of a process so far, or -1 when unknown (no pid, not Linux). */
  static long cpuTicks(String pid) {
    if (pid == null) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      // Fields after the command name (which may hold spaces, inside parentheses): state is
      // field 3, utime field 14 and stime field 15 (proc(5)).
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (Exception e) {
      return -1;
    }
  }

  private static Double seconds(long before, long after) {
    return before < 0 || after < 0 ? null : round((after - before) / (double) USER_HZ, 2);
  }

  /**
   * CPU ticks so far of the PostgreSQL backends serving this database: the processes whose title
   * ({@code postgres: ... <user> <database> <host> ...}) names it, or -1 when unknown.
   */
  static long postgresTicks(String database) {
    if (database == null || database.isBlank()) {
      return -1;
    }
    long ticks = 0;
    try (var procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String title =
              new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
          if (title.startsWith("postgres:") && title.contains(" " + database + " ")) {
            long t = cpuTicks(name);
            ticks += Math.max(0, t);
          }
        } catch (Exception e) {
          // gone meanwhile, or not ours to read
        }
      }
      return ticks;
    } catch (Exception e) {
      return -1;
    }
  }

  /** Busy CPU ticks of the whole machine so far (all cores; idle and iowait left out), or -1. */
  static long machineBusyTicks() {
    try {
      String[] f = firstLine("/proc/stat").trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        if (i != 4 && i != 5) { // idle, iowait
          busy += Long.parseLong(f[i]);
        }
      }
      return busy;
    } catch (Exception e) {
      return -1;
    }
  }

  static String basic(String user) {
    String pair = user + ":" + user + "-demo";
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  static String firstLine(String file) {
    try {
      return Files.readAllLines(Path.of(file)).get(0).strip();
    } catch (Exception e) {
      return "unknown";
    }
  }

  static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (!a.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("options are --name=value: " + a);
      }
      o.put(a.substring(2, eq), a.substring(eq + 1));
    }
    return o;
  }
}
