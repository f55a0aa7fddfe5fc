package org.openras.service.idempotency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code openras.idempotency.replays{operation}}: first answers sent again for a repeated {@code
 * Idempotency-Key} (a client retrying); {@code openras.idempotency.refusals{reason}}: keys refused,
 * {@code invalid} (400), {@code reused} with another request (422) or {@code in-flight} (409).
 * Every series is registered at zero at start (docs/adr/0020), so an alert has one.
 */
@Component
public class IdempotencyMetrics {
  static final String REPLAYS = "openras.idempotency.replays";
  static final String REFUSALS = "openras.idempotency.refusals";

  /** Why a key was refused. */
  enum Refusal {
    INVALID("invalid"),
    REUSED("reused"),
    IN_FLIGHT("in-flight");

    final String tag;

    Refusal(String tag) {
      this.tag = tag;
    }
  }

  private final Map<String, Counter> replays = new LinkedHashMap<>();
  private final Map<Refusal, Counter> refusals = new LinkedHashMap<>();

  IdempotencyMetrics(MeterRegistry registry) {
    for (IdempotentOperations.Operation op : IdempotentOperations.ALL) {
      replays.put(
          op.name(),
          Counter.builder(REPLAYS)
              .description("First answers replayed for a repeated Idempotency-Key")
              .tag("operation", op.name())
              .register(registry));
    }
    for (Refusal r : Refusal.values()) {
      refusals.put(
          r,
          Counter.builder(REFUSALS)
              .description("Idempotency-Keys refused: invalid, reused or in flight")
              .tag("reason", r.tag)
              .register(registry));
    }
  }

  void replayed(IdempotentOperations.Operation op) {
    replays.get(op.name()).increment();
  }

  void refused(Refusal reason) {
    refusals.get(reason).increment();
  }
}
