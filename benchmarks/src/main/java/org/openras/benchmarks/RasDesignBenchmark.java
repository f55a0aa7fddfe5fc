package org.openras.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openras.benchmarks.design.RasDesign;
import org.openras.benchmarks.design.SameExplanation;
import org.openras.benchmarks.reference.PlainJavaRas;
import org.openras.benchmarks.reference.PlainResult;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.area.AreaOutcome;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;

/**
 * The RAS of {@code ras/2025-04-01} on every seed person (pinned to that version; the one assessed
 * in 2024 assessed on its first day instead), in one run (docs/adr/0033):
 *
 * <ul>
 *   <li>{@code engine}: {@link OpenRasEngine#calculate}, as {@link RasCalculationBenchmark#engine};
 *   <li>{@code engineArea}: the engine's RAS area alone on the engine's runner (session from the
 *       pool, facts, firing, result, explanation): what the designs replace;
 *   <li>{@code oneFiring} / {@code twoFirings}: the designs without intermediate facts for the
 *       answers on the same runner, keeping the whole explanation;
 *   <li>{@code oneFiringNoExplanation} / {@code twoFiringsNoExplanation}: the same rules keeping no
 *       reasons and no parameter reads;
 *   <li>{@code plainJava}: the plain-Java reference.
 * </ul>
 *
 * Set-up checks that each design gives the engine's result, explanation and parameter reads, and
 * the reference the engine's figures, on every person timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class RasDesignBenchmark {
  private OpenRasEngine engine;
  private RasDesign one;
  private RasDesign two;
  private PlainJavaRas reference;
  private CalculationRequest[] people;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    engine = OpenRasEngine.load(new ClasspathRuleStore());
    engine.compileAll();
    one = RasDesign.load(engine, RasDesign.Rules.ONE_FIRING);
    two = RasDesign.load(engine, RasDesign.Rules.TWO_FIRINGS);
    reference = PlainJavaRas.fromClasspath();
    List<CalculationRequest> covered =
        SeedRequests.load(SeedRequests.ALL).stream().map(one::pinned).toList();
    people = covered.toArray(CalculationRequest[]::new);
    for (CalculationRequest r : people) {
      AreaOutcome<RasResult> engines = one.engine(r);
      SameExplanation.check(r.personRef(), engines, one.design(r, true));
      SameExplanation.check(r.personRef(), engines, two.design(r, true));
      SameFigures.check(engine.calculate(r), reference.calculate(r), false);
    }
  }

  private CalculationRequest nextPerson() {
    CalculationRequest r = people[next];
    next = next + 1 == people.length ? 0 : next + 1;
    return r;
  }

  @Benchmark
  public CalculationResult engine() {
    return engine.calculate(nextPerson());
  }

  @Benchmark
  public AreaOutcome<RasResult> engineArea() {
    return one.engine(nextPerson());
  }

  @Benchmark
  public AreaOutcome<RasResult> oneFiring() {
    return one.design(nextPerson(), true);
  }

  @Benchmark
  public AreaOutcome<RasResult> oneFiringNoExplanation() {
    return one.design(nextPerson(), false);
  }

  @Benchmark
  public AreaOutcome<RasResult> twoFirings() {
    return two.design(nextPerson(), true);
  }

  @Benchmark
  public AreaOutcome<RasResult> twoFiringsNoExplanation() {
    return two.design(nextPerson(), false);
  }

  @Benchmark
  public PlainResult plainJava() {
    return reference.calculate(nextPerson());
  }
}
