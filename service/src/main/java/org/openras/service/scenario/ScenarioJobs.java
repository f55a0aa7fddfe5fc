package org.openras.service.scenario;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.envelope.EnvelopeFiles;
import org.openras.engine.envelope.EnvelopeReport;
import org.openras.engine.envelope.EnvelopeRunner;
import org.openras.engine.envelope.EnvelopeSpec;
import org.openras.engine.scenario.ScenarioCsv;
import org.openras.engine.scenario.ScenarioOutputs;
import org.openras.engine.scenario.ScenarioProgress;
import org.openras.engine.scenario.ScenarioRunner;
import org.openras.engine.scenario.ScenarioSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs scenario and budget-envelope jobs one at a time in the background (each uses every core),
 * and keeps their state in this instance's memory and their reports under {@code
 * openras.data.dir/scenarios/<id>/}. A job asked to stop stops after the batch in hand and keeps no
 * report.
 */
@Service
class ScenarioJobs {
  private static final Logger log = LoggerFactory.getLogger(ScenarioJobs.class);

  private final Map<UUID, ScenarioJob> jobs = new ConcurrentHashMap<>();
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "scenario-jobs");
            t.setDaemon(true);
            return t;
          });
  private final OpenRasEngine engine;
  private final Path reports;

  ScenarioJobs(OpenRasEngine engine, @Value("${openras.data.dir:./data}") Path dataDir) {
    this.engine = engine;
    this.reports = dataDir.resolve("scenarios");
  }

  ScenarioJob submit(
      ScenarioSpec spec, EnvelopeSpec envelope, String caseloadId, Path caseload, String user) {
    ScenarioJob job = new ScenarioJob(spec, envelope, caseloadId, caseload, reports, user);
    jobs.put(job.id, job);
    runner.submit(() -> run(job));
    log.info("Scenario {} queued on caseload {}", job.id, caseloadId);
    return job;
  }

  ScenarioJob get(String id) {
    ScenarioJob job = null;
    try {
      job = jobs.get(UUID.fromString(id));
    } catch (IllegalArgumentException notAnId) {
      // falls through to not found
    }
    if (job == null) {
      throw new ScenarioNotFoundException(id);
    }
    return job;
  }

  /** Asks a queued or running job to stop; a finished job is left as it is. */
  ScenarioJob cancel(String id) {
    ScenarioJob job = get(id);
    job.cancelRequested = true;
    if (job.state == ScenarioJob.State.QUEUED) {
      finish(job, ScenarioJob.State.CANCELLED, null);
    }
    return job;
  }

  private void run(ScenarioJob job) {
    if (job.cancelRequested) {
      return;
    }
    job.state = ScenarioJob.State.RUNNING;
    job.started = Instant.now();
    ScenarioProgress progress =
        (lines, read, total) -> {
          job.lines = lines;
          job.bytesRead = read;
          job.bytesTotal = total;
          if (job.cancelRequested) {
            throw new CancellationException("cancelled");
          }
        };
    try {
      if (job.envelope == null) {
        // One served set from the job's start to its end, whatever is published meanwhile.
        ScenarioRunner scenarios = new ScenarioRunner(engine.snapshot());
        ScenarioOutputs.run(scenarios, job.caseload, job.spec, job.folder, progress);
      } else {
        envelope(job, progress);
      }
      finish(job, ScenarioJob.State.DONE, null);
    } catch (CancellationException e) {
      finish(job, ScenarioJob.State.CANCELLED, null);
    } catch (Exception e) {
      log.warn("Scenario {} failed", job.id, e);
      finish(
          job, ScenarioJob.State.FAILED, "The scenario could not be completed: " + e.getMessage());
    }
  }

  private void envelope(ScenarioJob job, ScenarioProgress progress) throws IOException {
    Files.createDirectories(job.folder);
    EnvelopeReport report;
    try (Writer people =
            Files.newBufferedWriter(job.folder.resolve(ScenarioOutputs.PEOPLE), UTF_8);
        Writer problems =
            Files.newBufferedWriter(job.folder.resolve(ScenarioOutputs.PROBLEMS), UTF_8)) {
      EnvelopeRunner envelopes =
          new EnvelopeRunner(
              MemoryRuleStore.of(engine.catalogue(), "the served rule sets"),
              Runtime.getRuntime().availableProcessors());
      report =
          envelopes.run(job.caseload, job.envelope, new ScenarioCsv(people, problems), progress);
    }
    EnvelopeFiles.write(report, job.folder);
  }

  private static void finish(ScenarioJob job, ScenarioJob.State state, String error) {
    job.error = error;
    job.finished = Instant.now();
    job.state = state;
    log.info("Scenario {} {}", job.id, state);
  }

  Path report(ScenarioJob job, String file) {
    if (job.state != ScenarioJob.State.DONE) {
      throw new ReportNotReadyException(job.id.toString(), job.state.name());
    }
    return job.folder.resolve(file);
  }

  @PreDestroy
  void stop() {
    jobs.values().forEach(j -> j.cancelRequested = true);
    runner.shutdownNow();
  }
}
