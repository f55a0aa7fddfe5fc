package org.openras.service.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.openras.engine.envelope.EnvelopeSpec;
import org.openras.engine.scenario.ScenarioSpec;

/**
 * One scenario running in the background: what it runs, how far it has got, and how it ended.
 * Progress is by bytes of the caseload read, so the estimate of the time left needs no count of
 * lines beforehand.
 */
final class ScenarioJob {
  enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
  }

  final UUID id = UUID.randomUUID();
  final ScenarioSpec spec;

  /** The budget envelope to solve, or null for a plain scenario. */
  final EnvelopeSpec envelope;

  final String caseloadId;
  final Path caseload;
  final Path folder;
  final String startedBy;
  final Instant submitted = Instant.now();
  volatile State state = State.QUEUED;
  volatile Instant started;
  volatile Instant finished;
  volatile long lines;
  volatile long bytesRead;
  volatile long bytesTotal;
  volatile String error;
  volatile boolean cancelRequested;

  ScenarioJob(
      ScenarioSpec spec,
      EnvelopeSpec envelope,
      String caseloadId,
      Path caseload,
      Path reports,
      String startedBy) {
    this.spec = spec;
    this.envelope = envelope;
    this.caseloadId = caseloadId;
    this.caseload = caseload;
    this.folder = reports.resolve(id.toString());
    this.startedBy = startedBy;
  }

  /** Share of the caseload read, 0 to 1. */
  double fraction() {
    if (state == State.DONE) {
      return 1.0;
    }
    return bytesTotal <= 0 ? 0.0 : Math.min(1.0, (double) bytesRead / bytesTotal);
  }

  /** Seconds left at the rate so far, or null before there is a rate to go by. */
  Long etaSeconds() {
    double f = fraction();
    if (state != State.RUNNING || started == null || f <= 0.0) {
      return null;
    }
    double elapsed = Duration.between(started, Instant.now()).toMillis() / 1000.0;
    return Math.round(elapsed * (1.0 - f) / f);
  }
}
