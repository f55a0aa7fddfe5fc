package org.openras.service.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A scenario or envelope job as its row in {@code finance_job} stands (docs/adr/0019): what it
 * runs, how far it has got, and how it ended. Progress is by bytes of the caseload read, so the
 * estimate of the time left needs no count of lines beforehand.
 */
record ScenarioJob(
    UUID id,
    String kind,
    String title,
    String caseloadId,
    String startedBy,
    State state,
    Instant submitted,
    Instant started,
    Instant finished,
    long lines,
    long bytesRead,
    long bytesTotal,
    String error,
    boolean cancelRequested,
    int attempts) {

  enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    boolean finished() {
      return this == DONE || this == FAILED || this == CANCELLED;
    }
  }

  static final String SCENARIO = "SCENARIO";
  static final String ENVELOPE = "ENVELOPE";

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
