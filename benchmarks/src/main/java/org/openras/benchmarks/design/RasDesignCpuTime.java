package org.openras.benchmarks.design;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openras.benchmarks.SeedRequests;
import org.openras.benchmarks.reference.PlainJavaRas;
import org.openras.benchmarks.results.RunRecord;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.request.CalculationRequest;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code RasDesignBenchmark} comparison as thread CPU time (docs/adr/0033), for a machine
 * shared with other work: every variant runs in turn, in short blocks over the seed people, on one
 * thread, round after round, so each sees the same neighbours; the CPU time this thread used per
 * calculation is summed by variant ({@link ThreadMXBean#getCurrentThreadCpuTime}). Warm-up rounds
 * first, not counted. Writes date, machine (load before and after), command, commit and the figures
 * with each one's ratio to plain Java.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.openras.benchmarks.design.RasDesignCpuTime
 * <out.json> <commit> [warm-up rounds] [rounds]} ({@code benchmarks/ras-design-cpu.sh}).
 */
public final class RasDesignCpuTime {
  private static final int BLOCK = 200;

  private RasDesignCpuTime() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 150;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 150;
    OpenRasEngine engine = OpenRasEngine.load(new ClasspathRuleStore());
    engine.compileAll();
    RasDesign one = RasDesign.load(engine, RasDesign.Rules.ONE_FIRING);
    RasDesign two = RasDesign.load(engine, RasDesign.Rules.TWO_FIRINGS);
    PlainJavaRas reference = PlainJavaRas.fromClasspath();
    List<CalculationRequest> people =
        SeedRequests.load(SeedRequests.ALL).stream().map(one::pinned).toList();
    for (CalculationRequest r : people) {
      SameExplanation.check(r.personRef(), one.engine(r), one.design(r, true));
      SameExplanation.check(r.personRef(), one.engine(r), two.design(r, true));
    }
    Map<String, Function<CalculationRequest, Object>> variants = new LinkedHashMap<>();
    variants.put("engine", engine::calculate);
    variants.put("engineArea", one::engine);
    variants.put("oneFiring", r -> one.design(r, true));
    variants.put("oneFiringNoExplanation", r -> one.design(r, false));
    variants.put("twoFirings", r -> two.design(r, true));
    variants.put("twoFiringsNoExplanation", r -> two.design(r, false));
    variants.put("plainJava", reference::calculate);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, long[]> cpu = new LinkedHashMap<>();
    variants.keySet().forEach(k -> cpu.put(k, new long[2]));
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
    long sink = 0;
    for (int round = 0; round < warmUp + rounds; round++) {
      for (var v : variants.entrySet()) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < BLOCK; i++) {
          sink += v.getValue().apply(people.get(i % people.size())).hashCode() & 1;
        }
        long used = threads.getCurrentThreadCpuTime() - start;
        if (round >= warmUp) {
          cpu.get(v.getKey())[0] += used;
          cpu.get(v.getKey())[1] += BLOCK;
        }
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    BigDecimal plain = micros(cpu.get("plainJava"));
    cpu.forEach(
        (k, v) -> {
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("cpuMicrosPerCalculation", micros(v));
          f.put("calculations", v[1]);
          f.put("toPlainJava", micros(v).divide(plain, new MathContext(4)));
          figures.put(k, f);
        });
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    Map<String, Object> machine = RunRecord.machine();
    machine.put("loadAverageBeforeRun", loadBefore);
    record.put("machine", machine);
    record.put(
        "command",
        "java -cp benchmarks/target/benchmarks.jar "
            + RasDesignCpuTime.class.getName()
            + " "
            + String.join(" ", args));
    record.put("commit", args.length > 1 ? args[1] : "unknown");
    record.put("people", people.size());
    record.put("warmUpRounds", warmUp);
    record.put("rounds", rounds);
    record.put("block", BLOCK);
    record.put("figures", figures);
    record.put("sink", sink);
    String json =
        JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValueAsString(record)
            + "\n";
    Files.writeString(out, json);
    System.out.print(json);
  }

  private static BigDecimal micros(long[] v) {
    return BigDecimal.valueOf(v[0]).divide(BigDecimal.valueOf(v[1] * 1000L), new MathContext(4));
  }
}
