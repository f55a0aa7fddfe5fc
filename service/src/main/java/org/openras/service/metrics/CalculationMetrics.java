package org.openras.service.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.openras.engine.OpenRasException;
import org.springframework.stereotype.Component;

/**
 * {@code openras.calculations} (counter; outcome = answered, refused for a fault in the request or
 * rule set, or failed), {@code openras.calculation.duration} (timer, engine and audit write
 * together), and the engine's own share of each calculation: {@code openras.engine.duration}
 * (timer, the engine's call alone), {@code openras.engine.cpu} (the CPU time of the thread that ran
 * it, seconds) and {@code openras.engine.allocated} (bytes the thread allocated in it). The load
 * test (benchmarks/load.sh) sets the service's CPU per answer against the engine's from these, in
 * the same run (docs/adr/0026-service-overhead.md).
 */
@Component
public class CalculationMetrics {
  static final String COUNTER = "openras.calculations";
  static final String TIMER = "openras.calculation.duration";
  static final String ENGINE_TIMER = "openras.engine.duration";
  static final String ENGINE_CPU = "openras.engine.cpu";
  static final String ENGINE_ALLOCATED = "openras.engine.allocated";

  private static final com.sun.management.ThreadMXBean THREADS = threads();

  private final MeterRegistry registry;
  private final Timer timer;
  private final Timer engineTimer;
  private final LongAdder engineCpuNanos = new LongAdder();
  private final LongAdder engineAllocatedBytes = new LongAdder();

  CalculationMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.timer =
        Timer.builder(TIMER)
            .description("Time to calculate and record one assessment")
            .publishPercentileHistogram()
            .register(registry);
    this.engineTimer =
        Timer.builder(ENGINE_TIMER)
            .description("Time in the rules engine's calculation alone, without the audit write")
            .register(registry);
    FunctionCounter.builder(ENGINE_CPU, engineCpuNanos, n -> n.sum() / 1e9)
        .description("CPU time of the threads running the engine's calculations")
        .baseUnit("seconds")
        .register(registry);
    FunctionCounter.builder(ENGINE_ALLOCATED, engineAllocatedBytes, LongAdder::doubleValue)
        .description("Heap allocated by the threads running the engine's calculations")
        .baseUnit("bytes")
        .register(registry);
  }

  /** Runs one calculation, timing it and counting its outcome. */
  public <T> T time(Supplier<T> calculation) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "failed";
    try {
      T result = calculation.get();
      outcome = "answered";
      return result;
    } catch (OpenRasException e) {
      outcome = "refused";
      throw e;
    } finally {
      sample.stop(timer);
      registry.counter(COUNTER, "outcome", outcome).increment();
    }
  }

  /**
   * Runs the engine's part of a calculation, recording its elapsed time, its thread's CPU time and
   * what its thread allocated (where the JVM measures them; otherwise the elapsed time only).
   */
  public <T> T engine(Supplier<T> engineCall) {
    long cpu = THREADS == null ? -1 : THREADS.getCurrentThreadCpuTime();
    long allocated = THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    try {
      return engineCall.get();
    } finally {
      engineTimer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
      if (cpu >= 0) {
        engineCpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
      }
      if (allocated >= 0) {
        engineAllocatedBytes.add(THREADS.getCurrentThreadAllocatedBytes() - allocated);
      }
    }
  }

  /** The JVM's thread meter, with CPU time and allocation switched on, or null without them. */
  private static com.sun.management.ThreadMXBean threads() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t)) {
      return null;
    }
    try {
      if (!t.isCurrentThreadCpuTimeSupported() || !t.isThreadAllocatedMemorySupported()) {
        return null;
      }
      t.setThreadCpuTimeEnabled(true);
      t.setThreadAllocatedMemoryEnabled(true);
      return t;
    } catch (UnsupportedOperationException | SecurityException e) {
      return null;
    }
  }
}
