package org.openras.service.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The audit trail's meters (service/README.md, "Operations"; docs/adr/0020):
 *
 * <ul>
 *   <li>{@code openras.audit.records.written} (counter): records committed;
 *   <li>{@code openras.audit.batch.size} (distribution summary): records per committed group-commit
 *       batch (one transaction);
 *   <li>{@code openras.audit.batch.duration} (timer, with buckets): how long each committed batch
 *       took to write, from its transaction's start to the commit (a stale head's retry the full
 *       way included); every answer in it waited for it (docs/adr/0035);
 *   <li>{@code openras.audit.write.failures} (counter): batches that failed, nothing of them
 *       written (each caller in one got 503); {@code openras.audit.write.failed.records} the
 *       records in them;
 *   <li>{@code openras.audit.chain.verifications} (counter; result = intact, broken, or failed when
 *       the log could not be read; trigger = start or demand) and {@code
 *       openras.audit.chain.verification.duration} (timer; trigger);
 *   <li>{@code openras.audit.chain.intact} (gauge): 1 when the last verification found the chain
 *       and checkpoints intact, 0 when broken, -1 before any; {@code
 *       openras.audit.chain.records.checked} (gauge): the records the last one read.
 * </ul>
 *
 * No tag carries a record, a person or a hash.
 */
@Component
public class AuditMetrics {
  static final String WRITTEN = "openras.audit.records.written";
  static final String BATCH = "openras.audit.batch.size";
  static final String BATCH_DURATION = "openras.audit.batch.duration";
  static final String FAILURES = "openras.audit.write.failures";
  static final String FAILED_RECORDS = "openras.audit.write.failed.records";
  static final String VERIFICATIONS = "openras.audit.chain.verifications";
  static final String VERIFICATION_DURATION = "openras.audit.chain.verification.duration";
  static final String INTACT = "openras.audit.chain.intact";
  static final String CHECKED = "openras.audit.chain.records.checked";

  /** What started a verification of the chain. */
  public enum Trigger {
    /** The serving instance's check once it is ready ({@code openras.audit.verify-at-start}). */
    START,
    /** An auditor's request: {@code GET /api/v1/audit/verify} or the audit page's button. */
    DEMAND;

    String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final MeterRegistry registry;
  private final Counter written;
  private final DistributionSummary batch;
  private final Timer batchDuration;
  private final Counter failures;
  private final Counter failedRecords;
  private final AtomicLong intact = new AtomicLong(-1);
  private final AtomicLong checked = new AtomicLong(0);

  AuditMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.written =
        Counter.builder(WRITTEN).description("Audit records committed").register(registry);
    this.batch =
        DistributionSummary.builder(BATCH)
            .description("Audit records committed per group-commit batch (one transaction)")
            .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, AuditWriter.MAX_BATCH)
            .register(registry);
    this.batchDuration =
        Timer.builder(BATCH_DURATION)
            .description("Time to write one committed group-commit batch, start to commit")
            .serviceLevelObjectives(
                Duration.ofMillis(1),
                Duration.ofMillis(2),
                Duration.ofMillis(5),
                Duration.ofMillis(10),
                Duration.ofMillis(20),
                Duration.ofMillis(50),
                Duration.ofMillis(100),
                Duration.ofMillis(200),
                Duration.ofMillis(500),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5))
            .register(registry);
    this.failures =
        Counter.builder(FAILURES)
            .description("Audit batches that failed: none of their records was written")
            .register(registry);
    this.failedRecords =
        Counter.builder(FAILED_RECORDS)
            .description("Audit records in failed batches (their callers were refused with 503)")
            .register(registry);
    Gauge.builder(INTACT, intact, AtomicLong::get)
        .description("1 when the last chain verification found it intact, 0 broken, -1 none yet")
        .register(registry);
    Gauge.builder(CHECKED, checked, AtomicLong::get)
        .description("Audit records read by the last chain verification")
        .register(registry);
    for (Trigger t : Trigger.values()) {
      duration(t);
      for (String result : new String[] {"intact", "broken", "failed"}) {
        verifications(t, result); // zero from the start, so a rate or an alert has a series
      }
    }
  }

  /** A batch of {@code size} records committed, written in {@code nanos}. */
  void committed(int size, long nanos) {
    written.increment(size);
    batch.record(size);
    batchDuration.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** A batch of {@code size} records that failed: none was written. */
  void failed(int size) {
    failures.increment();
    failedRecords.increment(size);
  }

  /** Runs a verification of the chain, timing it and counting its outcome. */
  ChainVerification verification(Trigger trigger, Supplier<ChainVerification> verify) {
    Timer.Sample sample = Timer.start(registry);
    try {
      ChainVerification v = verify.get();
      verifications(trigger, v.intact() ? "intact" : "broken").increment();
      intact.set(v.intact() ? 1 : 0);
      checked.set(v.recordsChecked());
      return v;
    } catch (RuntimeException e) {
      verifications(trigger, "failed").increment();
      throw e;
    } finally {
      sample.stop(duration(trigger));
    }
  }

  private Timer duration(Trigger trigger) {
    return Timer.builder(VERIFICATION_DURATION)
        .description("Time to verify the audit chain and its checkpoints end to end")
        .tag("trigger", trigger.tag())
        .register(registry);
  }

  private Counter verifications(Trigger trigger, String result) {
    return Counter.builder(VERIFICATIONS)
        .description("Verifications of the audit chain and its checkpoints, by outcome")
        .tag("result", result)
        .tag("trigger", trigger.tag())
        .register(registry);
  }
}
