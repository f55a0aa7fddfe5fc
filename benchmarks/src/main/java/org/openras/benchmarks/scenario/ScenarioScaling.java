package org.openras.benchmarks.scenario;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.money.Money;
import org.openras.engine.params.Overrides;
import org.openras.engine.scenario.ScenarioOutputs;
import org.openras.engine.scenario.ScenarioReport;
import org.openras.engine.scenario.ScenarioRunner;
import org.openras.engine.scenario.ScenarioSide;
import org.openras.engine.scenario.ScenarioSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One scenario run end to end, as the CLI's {@code openras scenario} makes it (the caseload read
 * and parsed line by line, both sides calculated by {@link ScenarioRunner} on every core the JVM
 * sees, people.csv and problems.csv streamed, report.json and report.html written at the end), with
 * the figures the scaling benchmark needs: elapsed time, the process's CPU time, the rate in each
 * tenth of the run (a steady rate from the start, or a warm-up), the peak heap after collections,
 * and the collections.
 *
 * <p>Usage (from {@code benchmarks/scenario.sh}, which runs it under {@code taskset} on one core
 * and on two): {@code ScenarioScaling <caseload.jsonl> <out-folder> <result.json> [warm-up.jsonl]}.
 * The scenario is the README's: the 2025/26 RAS on 1 June 2025 against a 3 % higher price per point
 * for people aged 65 and over.
 *
 * <p>With a warm-up caseload (other people: the script generates it with another seed), the same
 * runner first runs the same scenario over it, into a folder of its own that is then deleted, and
 * only then is the measured run timed: the engine warmed as the service warms it before it says it
 * is ready, so the measured rate is the steady one. The warm-up's own time and CPU are reported
 * beside it ({@code warmUp}); without one, the run is cold (a fresh JVM, as the CLI runs).
 */
public final class ScenarioScaling {
  static final String OVERRIDE = "ras:pricePerPoint*1.03@age>=65";
  static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  private ScenarioScaling() {}

  public static void main(String[] args) throws Exception {
    Path caseload = Path.of(args[0]);
    Path folder = Path.of(args[1]);
    Path out = Path.of(args[2]);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuAtStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    OpenRasEngine engine = OpenRasEngine.load(new ClasspathRuleStore());
    ScenarioSpec spec =
        new ScenarioSpec(
            "Benchmark: 2025/26 RAS against +3% price per point for people aged 65 and over",
            new ScenarioSide("baseline", DATE, Map.of(), Overrides.NONE),
            new ScenarioSide("candidate", DATE, Map.of(), Overrides.parse(List.of(OVERRIDE))),
            Money.parse("10.00"),
            0,
            null);
    List<long[]> ticks = new ArrayList<>(); // {lines, nanos since start}
    ScenarioRunner runner = new ScenarioRunner(engine);
    Map<String, Object> warmUp =
        args.length > 3 ? warmUp(runner, spec, Path.of(args[3]), os) : null;
    long runStart = System.nanoTime();
    long cpuAtRun = os.getProcessCpuTime();
    ScenarioReport report =
        ScenarioOutputs.run(
            runner,
            caseload,
            spec,
            folder,
            (lines, read, total) -> ticks.add(new long[] {lines, System.nanoTime() - runStart}));
    long end = System.nanoTime();
    long cpuAtEnd = os.getProcessCpuTime();

    long people = report.caseload().lines();
    double seconds = (end - runStart) / 1e9;
    int cores = Runtime.getRuntime().availableProcessors();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", cores);
    m.put("people", people);
    m.put("calculated", report.caseload().calculated());
    m.put("linesWithProblems", report.caseload().linesWithProblems());
    m.put("weeklyNetChange", String.valueOf(report.totals().weeklyNetChange()));
    m.put("secondsIncludingEngineLoad", round((end - start) / 1e9, 2));
    m.put("seconds", round(seconds, 2));
    m.put("cpuSeconds", round((cpuAtEnd - cpuAtRun) / 1e9, 2));
    m.put("cpuSecondsIncludingEngineLoad", round((cpuAtEnd - cpuAtStart) / 1e9, 2));
    m.put("peoplePerSecond", round(people / seconds, 1));
    m.put("peoplePerSecondPerCore", round(people / seconds / cores, 1));
    m.put("cpuMicrosPerPerson", round((cpuAtEnd - cpuAtRun) / 1e3 / people, 1));
    m.put("ratePerTenthPeoplePerSecond", tenths(ticks, people));
    m.put("heap", heap());
    m.put("warmUp", warmUp);
    Files.writeString(
        out,
        JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValueAsString(m)
            + "\n");
    System.out.println(Files.readString(out));
  }

  /** The same scenario over the warm-up caseload, untimed for the run: its own figures. */
  static Map<String, Object> warmUp(
      ScenarioRunner runner, ScenarioSpec spec, Path caseload, OperatingSystemMXBean os)
      throws Exception {
    Path folder = Files.createTempDirectory("scenario-warm-up");
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    ScenarioReport report = ScenarioOutputs.run(runner, caseload, spec, folder, (l, r, t) -> {});
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("people", report.caseload().lines());
    m.put("seconds", round((System.nanoTime() - start) / 1e9, 2));
    m.put("cpuSeconds", round((os.getProcessCpuTime() - cpu) / 1e9, 2));
    try (var files = Files.walk(folder)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    return m;
  }

  /** People per second in each tenth of the caseload, from the progress after each batch. */
  static List<Double> tenths(List<long[]> ticks, long people) {
    List<Double> rates = new ArrayList<>();
    long lastLines = 0;
    long lastNanos = 0;
    int tenth = 1;
    for (long[] t : ticks) {
      if (t[0] * 10 >= tenth * people && t[1] > lastNanos) {
        rates.add(round((t[0] - lastLines) / ((t[1] - lastNanos) / 1e9), 1));
        lastLines = t[0];
        lastNanos = t[1];
        while (t[0] * 10 >= tenth * people) {
          tenth++;
        }
      }
    }
    return rates;
  }

  /** The heap's limit, and the most used after a collection in any heap pool, summed. */
  static Map<String, Object> heap() {
    long afterGc = 0;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        if (pool.getCollectionUsage() != null) {
          afterGc += pool.getCollectionUsage().getUsed();
        }
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long collections = 0;
    long collectionMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, gc.getCollectionCount());
      collectionMillis += Math.max(0, gc.getCollectionTime());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("maxMb", Runtime.getRuntime().maxMemory() >> 20);
    m.put("usedAfterLastCollectionsMb", afterGc >> 20);
    m.put("peakUsedMb", peak >> 20);
    m.put("collections", collections);
    m.put("collectionMillis", collectionMillis);
    return m;
  }

  static double round(double v, int places) {
    double scale = Math.pow(10, places);
    return Math.round(v * scale) / scale;
  }
}
