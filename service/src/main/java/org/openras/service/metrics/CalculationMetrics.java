package org.openras.service.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.openras.engine.OpenRasException;
import org.springframework.stereotype.Component;

/**
 * {@code openras.calculations} (counter; outcome = answered, refused for a fault in the request or
 * rule set, or failed) and {@code openras.calculation.duration} (timer, engine and audit write
 * together).
 */
@Component
public class CalculationMetrics {
  static final String COUNTER = "openras.calculations";
  static final String TIMER = "openras.calculation.duration";

  private final MeterRegistry registry;
  private final Timer timer;

  CalculationMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.timer =
        Timer.builder(TIMER)
            .description("Time to calculate and record one assessment")
            .publishPercentileHistogram()
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
}
