package org.openras.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openras.benchmarks.reference.PlainJavaCalculation;
import org.openras.benchmarks.reference.WholeResult;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;

/**
 * One whole calculation per operation (each seed person's request as written: eligibility, needs,
 * adjustments, finances and council where the person has them), on the seed people in turn or the
 * one named with {@code -p seed=<file>.json}: through {@link OpenRasEngine#calculate} and through
 * the plain-Java {@link PlainJavaCalculation}. Every version is compiled in set-up, and set-up
 * checks the two agree on every person timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class WholeCalculationBenchmark {

  /** A seed file name, or {@code all} for every seed person in turn. */
  @Param({SeedRequests.ALL})
  public String seed;

  private OpenRasEngine engine;
  private PlainJavaCalculation reference;
  private CalculationRequest[] people;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    engine = OpenRasEngine.load(new ClasspathRuleStore());
    engine.compileAll();
    reference = PlainJavaCalculation.fromClasspath();
    people = SeedRequests.loadWhole(seed).toArray(CalculationRequest[]::new);
    for (CalculationRequest r : people) {
      WholeFigures.check(engine.calculate(r), reference.calculate(r));
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
  public WholeResult plainJava() {
    return reference.calculate(nextPerson());
  }
}
