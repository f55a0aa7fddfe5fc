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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openras.benchmarks.reference.PlainJavaRas;
import org.openras.benchmarks.reference.PlainResult;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;

/**
 * One RAS calculation per operation, on the seed people in turn (or on the one named with {@code -p
 * seed=<file>.json}): through {@link OpenRasEngine#calculate} (validation, version selection, a
 * Drools session, the result with its trace) and through the plain-Java reference. Both rule-set
 * versions are compiled in set-up, so no compilation is timed here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class RasCalculationBenchmark {

  /** A seed file name, or {@code all} for every seed person in turn. */
  @Param({SeedRequests.ALL})
  public String seed;

  private OpenRasEngine engine;
  private PlainJavaRas reference;
  private CalculationRequest[] people;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    engine = OpenRasEngine.load(new ClasspathRuleStore());
    engine.compileAll();
    reference = PlainJavaRas.fromClasspath();
    List<CalculationRequest> requests = SeedRequests.load(seed);
    people = requests.toArray(CalculationRequest[]::new);
    for (CalculationRequest r : people) {
      SameFigures.check(engine.calculate(r), reference.calculate(r));
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
  public PlainResult plainJava() {
    return reference.calculate(nextPerson());
  }
}
