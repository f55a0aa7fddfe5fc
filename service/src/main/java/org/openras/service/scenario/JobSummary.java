package org.openras.service.scenario;

import java.time.Instant;
import java.util.UUID;

/**
 * A scenario or envelope job as the lists show it (issue 21): what it is, its state (QUEUED,
 * RUNNING, DONE, FAILED or CANCELLED), its caseload, who started it and when.
 *
 * @param kind SCENARIO or ENVELOPE
 * @param finished null until it has finished
 */
public record JobSummary(
    UUID id,
    String kind,
    String title,
    String state,
    String caseloadId,
    String startedBy,
    Instant submitted,
    Instant finished) {}
