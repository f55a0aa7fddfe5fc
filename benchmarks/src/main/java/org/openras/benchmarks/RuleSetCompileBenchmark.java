package org.openras.benchmarks;

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
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.compile.PrecompiledRuleBases;
import org.openras.engine.compile.RuleBaseCache;

/**
 * The time to compile one rule-set version ({@code ras/2025-04-01}) with the Drools executable
 * model, through a fresh {@link RuleBaseCache} each time, so nothing is reused from an earlier
 * compilation but the JVM's own state, and nothing loaded from the rule bases precompiled into the
 * rules jar (docs/adr/0017: a service loads those instead). {@code firstInFreshJvm}: one
 * compilation per forked JVM, what a service paid for its first version at start-up before ADR
 * 0017, and pays for a version published later. {@code again}: after six warm-up compilations in
 * the same JVM, what each further version or a reload costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetCompileBenchmark {
  static final String AREA = "ras";
  static final String VERSION = "2025-04-01";

  private RuleSetVersion version;

  @Setup(Level.Trial)
  public void setUp() {
    version =
        OpenRasEngine.load(new ClasspathRuleStore())
            .catalogue()
            .find(AREA, VERSION)
            .orElseThrow(() -> new IllegalStateException("no " + AREA + "/" + VERSION));
  }

  @Benchmark
  @Fork(5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public CompiledRuleSet firstInFreshJvm() {
    return new RuleBaseCache(PrecompiledRuleBases.none()).get(version);
  }

  @Benchmark
  @Fork(1)
  @Warmup(iterations = 6)
  @Measurement(iterations = 8)
  public CompiledRuleSet again() {
    return new RuleBaseCache(PrecompiledRuleBases.none()).get(version);
  }
}
