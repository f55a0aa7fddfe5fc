package org.openras.service.forecast;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A forecast job as any instance reads it from the database.
 *
 * @param id the job's id
 * @param title the name in words (null when none was given)
 * @param state QUEUED, RUNNING, DONE or FAILED
 * @param step the step in hand (0 before it starts)
 * @param steps the steps in all
 * @param stepName the step in hand, in words
 * @param percent how far the job is, 0 to 100
 * @param firstYear the first forecast financial year's first calendar year
 * @param years how many financial years
 * @param startedBy who started it
 * @param submitted when it was queued
 * @param started when it last started
 * @param finished when it finished
 * @param attempts how many times an instance took it up
 * @param error why it failed, in words
 * @param expires when it and its inputs and report will be deleted
 */
@Schema(description = "A forecast job: its state and progress; its report once DONE")
public record ForecastJob(
    UUID id,
    String title,
    State state,
    int step,
    int steps,
    String stepName,
    int percent,
    int firstYear,
    int years,
    String startedBy,
    Instant submitted,
    Instant started,
    Instant finished,
    int attempts,
    String error,
    Instant expires) {

  /** Where a job is. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    boolean finished() {
      return this == DONE || this == FAILED;
    }
  }
}
