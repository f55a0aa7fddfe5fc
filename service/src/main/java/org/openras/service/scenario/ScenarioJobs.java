package org.openras.service.scenario;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.envelope.EnvelopeFiles;
import org.openras.engine.envelope.EnvelopeReport;
import org.openras.engine.envelope.EnvelopeRunner;
import org.openras.engine.envelope.EnvelopeSpec;
import org.openras.engine.json.Json;
import org.openras.engine.scenario.ScenarioCsv;
import org.openras.engine.scenario.ScenarioOutputs;
import org.openras.engine.scenario.ScenarioProgress;
import org.openras.engine.scenario.ScenarioRunner;
import org.openras.engine.scenario.ScenarioSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scenario and budget-envelope jobs queued, claimed and tracked in the database (docs/adr/0019). A
 * job is a row in {@code finance_job} (what it runs, its state, progress and reports in {@code
 * finance_job_report}) and an execution in db-scheduler's {@code scheduled_tasks}: one instance at
 * a time claims it, runs it (one job at a time per instance: each uses every core) and heartbeats
 * while it runs. Any instance answers a job's status, report and cancel from the database. A job
 * whose instance died (no heartbeat for {@code openras.jobs.heartbeat} × {@code
 * openras.jobs.missed-heartbeats}) is taken up again by another, up to {@code
 * openras.jobs.max-attempts} times in all, then marked failed with the reason. A job asked to stop
 * stops after the batch in hand and keeps no report.
 */
@Service
// Only a serving instance takes jobs and purges: verify-audit builds no engine and no job runner.
@ConditionalOnWebApplication
class ScenarioJobs {
  private static final Logger log = LoggerFactory.getLogger(ScenarioJobs.class);
  static final String TASK = "finance-job";
  static final String PURGE = "finance-purge";

  private final OpenRasEngine engine;
  private final CaseloadStore caseloads;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Path reports;
  private final Path work;
  private final int maxAttempts;
  private final Duration progressEvery;
  private final String name;
  private final Scheduler scheduler;
  private final OneTimeTask<Void> task;
  private volatile boolean stopping;
  private final MeterRegistry registry;

  ScenarioJobs(
      OpenRasEngine engine,
      CaseloadStore caseloads,
      DataSource dataSource,
      JdbcTemplate jdbc,
      @Value("${openras.data.dir:./data}") Path dataDir,
      @Value("${openras.jobs.polling:PT2S}") Duration polling,
      @Value("${openras.jobs.heartbeat:PT10S}") Duration heartbeat,
      @Value("${openras.jobs.missed-heartbeats:6}") int missedHeartbeats,
      @Value("${openras.jobs.max-attempts:2}") int maxAttempts,
      @Value("${openras.jobs.purge-every:PT1H}") Duration purgeEvery,
      MeterRegistry registry,
      ObjectProvider<RecurringTask<?>> otherRecurring,
      ObjectProvider<OneTimeTask<?>> otherJobs) {
    this.engine = engine;
    this.caseloads = caseloads;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.reports = dataDir.resolve("scenarios");
    this.work = dataDir.resolve("jobs-work");
    this.maxAttempts = maxAttempts;
    this.progressEvery = Duration.ofSeconds(1);
    this.name = instanceName();
    this.registry = registry;
    for (ScenarioJob.State state : ScenarioJob.State.values()) {
      Gauge.builder("openras.jobs", this, jobs -> jobs.count(state))
          .description("Finance jobs in the database by state (the same on every instance)")
          .tag("state", state.name())
          .register(registry);
    }
    this.task =
        Tasks.oneTime(TASK)
            // execute() records every failure of the calculation itself; what reaches db-scheduler
            // is this instance stopping mid-job, so another takes it up straight away.
            .onFailure((complete, ops) -> ops.reschedule(complete, Instant.now()))
            .onDeadExecutionRevive()
            .execute((instance, context) -> execute(instance.getId()));
    RecurringTask<Void> purge =
        Tasks.recurring(PURGE, FixedDelay.of(purgeEvery)).execute((i, c) -> purge(Instant.now()));
    // Other features' recurring tasks (the Idempotency-Key purge, docs/adr/0022) share this
    // instance's scheduler: a second scheduler on the same table would not know these tasks.
    List<RecurringTask<?>> recurring = new ArrayList<>(List.of(purge));
    otherRecurring.orderedStream().forEach(recurring::add);
    // Other features' jobs (forecasts, docs/adr/0032) are claimed and revived by this scheduler
    // too; they put their executions on the queue through a SchedulerClient of their own.
    List<com.github.kagkarlsson.scheduler.task.Task<?>> known = new ArrayList<>(List.of(task));
    otherJobs.orderedStream().forEach(known::add);
    this.scheduler =
        Scheduler.create(dataSource, known)
            .startTasks(recurring)
            .schedulerName(new SchedulerName.Fixed(name))
            .threads(1)
            .pollingInterval(polling)
            .heartbeatInterval(heartbeat)
            .missedHeartbeatsLimit(missedHeartbeats)
            .enableImmediateExecution()
            .shutdownMaxWait(Duration.ofSeconds(30))
            .build();
  }

  private static String instanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "localhost";
    }
    return host
        + "-"
        + ProcessHandle.current().pid()
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    scheduler.start();
    log.info("Finance jobs: this instance ({}) takes jobs from the database queue", name);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    scheduler.stop();
  }

  ScenarioJob submit(ScenarioRequest request, String caseloadId, String user) {
    ScenarioSpec spec = request.toSpec();
    EnvelopeSpec envelope = request.toEnvelope();
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    ScenarioRequest kept =
        new ScenarioRequest(
            request.title(),
            new ScenarioRequest.CaseloadChoice(caseloadId, null),
            request.baseline(),
            request.candidate(),
            request.lossThreshold(),
            request.financialYear(),
            request.envelope());
    String title = spec.title();
    jdbc.update(
        "INSERT INTO finance_job (id, kind, title, request_json, caseload_id, started_by, state,"
            + " submitted, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id.toString(),
        envelope == null ? ScenarioJob.SCENARIO : ScenarioJob.ENVELOPE,
        title == null ? "" : title,
        Json.mapper().writeValueAsString(kept),
        caseloadId,
        user,
        ScenarioJob.State.QUEUED.name(),
        Timestamp.from(now),
        Timestamp.from(now.plus(caseloads.retention())));
    scheduler.schedule(task.instance(id.toString()), now);
    log.info("Scenario {} queued on caseload {} by {}", id, caseloadId, user);
    return get(id.toString());
  }

  /** Jobs in the database in this state, or NaN when the database does not answer. */
  private double count(ScenarioJob.State state) {
    try {
      Integer n =
          jdbc.queryForObject(
              "SELECT count(*) FROM finance_job WHERE state = ?", Integer.class, state.name());
      return n == null ? 0 : n;
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  /** How long a job this instance ran took, by kind and how it ended. */
  private void timed(ScenarioJob job, long startNanos, String outcome) {
    Timer.builder("openras.jobs.duration")
        .description("Finance jobs run on this instance, by kind and outcome")
        .tag("kind", job.kind())
        .tag("outcome", outcome)
        .register(registry)
        .record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  ScenarioJob get(String id) {
    try {
      UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException notAnId) {
      throw new ScenarioNotFoundException(id);
    }
    List<ScenarioJob> found =
        jdbc.query("SELECT * FROM finance_job WHERE id = ?", ScenarioJobs::row, id);
    if (found.isEmpty()) {
      throw new ScenarioNotFoundException(id);
    }
    return found.get(0);
  }

  /** The jobs kept, the most recently submitted first, at most {@code limit} (issue 21). */
  List<JobSummary> list(int limit) {
    return jdbc.query(
        "SELECT id, kind, title, state, caseload_id, started_by, submitted, finished"
            + " FROM finance_job ORDER BY submitted DESC, id FETCH FIRST "
            + Math.max(1, limit)
            + " ROWS ONLY",
        (rs, n) ->
            new JobSummary(
                UUID.fromString(rs.getString("id").trim()),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("state"),
                rs.getString("caseload_id").trim(),
                rs.getString("started_by"),
                instant(rs.getTimestamp("submitted")),
                instant(rs.getTimestamp("finished"))));
  }

  private static ScenarioJob row(ResultSet rs, int n) throws SQLException {
    return new ScenarioJob(
        UUID.fromString(rs.getString("id").trim()),
        rs.getString("kind"),
        rs.getString("title"),
        rs.getString("caseload_id").trim(),
        rs.getString("started_by"),
        ScenarioJob.State.valueOf(rs.getString("state")),
        instant(rs.getTimestamp("submitted")),
        instant(rs.getTimestamp("started")),
        instant(rs.getTimestamp("finished")),
        rs.getLong("lines"),
        rs.getLong("bytes_read"),
        rs.getLong("bytes_total"),
        rs.getString("error"),
        rs.getBoolean("cancel_requested"),
        rs.getInt("attempts"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /**
   * Asks a queued or running job to stop, whichever instance runs it; a finished job is left as it
   * is.
   */
  ScenarioJob cancel(String id) {
    get(id);
    jdbc.update(
        "UPDATE finance_job SET cancel_requested = TRUE WHERE id = ? AND state IN (?, ?)",
        id,
        ScenarioJob.State.QUEUED.name(),
        ScenarioJob.State.RUNNING.name());
    int queued =
        jdbc.update(
            "UPDATE finance_job SET state = ?, finished = ? WHERE id = ? AND state = ?",
            ScenarioJob.State.CANCELLED.name(),
            Timestamp.from(Instant.now()),
            id,
            ScenarioJob.State.QUEUED.name());
    if (queued > 0) {
      log.info("Scenario {} CANCELLED before it started", id);
    }
    return get(id);
  }

  /** Runs the job whose execution this instance claimed from the queue. */
  private void execute(String id) {
    int claimed =
        jdbc.update(
            "UPDATE finance_job SET state = ?, attempts = attempts + 1, started = ?, ran_by = ?,"
                + " lines = 0, bytes_read = 0 WHERE id = ? AND state IN (?, ?)"
                + " AND cancel_requested = FALSE",
            ScenarioJob.State.RUNNING.name(),
            Timestamp.from(Instant.now()),
            name,
            id,
            ScenarioJob.State.QUEUED.name(),
            ScenarioJob.State.RUNNING.name());
    if (claimed == 0) {
      // Cancelled before it started, finished, or purged: nothing to run.
      jdbc.update(
          "UPDATE finance_job SET state = ?, finished = ? WHERE id = ? AND state IN (?, ?)",
          ScenarioJob.State.CANCELLED.name(),
          Timestamp.from(Instant.now()),
          id,
          ScenarioJob.State.QUEUED.name(),
          ScenarioJob.State.RUNNING.name());
      return;
    }
    ScenarioJob job = get(id);
    if (job.attempts() > maxAttempts) {
      registry.counter("openras.jobs.abandoned", "kind", job.kind()).increment();
      finish(
          id,
          ScenarioJob.State.FAILED,
          "The instance running this job stopped before it finished, "
              + (job.attempts() - 1)
              + " time(s); it is not tried again. Start it again if it is still wanted.");
      return;
    }
    if (job.attempts() > 1) {
      registry.counter("openras.jobs.retried", "kind", job.kind()).increment();
      log.warn(
          "Scenario {} taken up again by {} (attempt {} of {}): the instance running it stopped",
          id,
          name,
          job.attempts(),
          maxAttempts);
    }
    Path folder = work.resolve(id + "-" + UUID.randomUUID());
    long startNanos = System.nanoTime();
    try {
      Files.createDirectories(folder);
      Path caseload = folder.resolve("caseload.jsonl");
      Path out = folder.resolve("out");
      Files.createDirectories(out);
      caseloads.copyTo(job.caseloadId(), caseload);
      String json =
          jdbc.queryForObject(
              "SELECT request_json FROM finance_job WHERE id = ?", String.class, id);
      ScenarioRequest request = Json.mapper().readValue(json, ScenarioRequest.class);
      Progress progress = new Progress(id);
      if (ScenarioJob.ENVELOPE.equals(job.kind())) {
        envelope(caseload, request.toEnvelope(), out, progress);
      } else {
        // One served set from the job's start to its end, whatever is published meanwhile.
        ScenarioRunner scenarios = new ScenarioRunner(engine.snapshot());
        ScenarioOutputs.run(scenarios, caseload, request.toSpec(), out, progress);
      }
      done(id, out, progress);
      timed(job, startNanos, "done");
    } catch (Stopping e) {
      // This instance is stopping: the job goes back on the queue for another (or this one, later).
      jdbc.update(
          "UPDATE finance_job SET state = ?, attempts = attempts - 1 WHERE id = ? AND state = ?",
          ScenarioJob.State.QUEUED.name(),
          id,
          ScenarioJob.State.RUNNING.name());
      log.info("Scenario {} put back on the queue: {} is stopping", id, name);
      timed(job, startNanos, "requeued");
      throw e;
    } catch (CancellationException e) {
      finish(id, ScenarioJob.State.CANCELLED, null);
      timed(job, startNanos, "cancelled");
    } catch (Exception e) {
      log.warn("Scenario {} failed", id, e);
      finish(
          id, ScenarioJob.State.FAILED, "The scenario could not be completed: " + e.getMessage());
      timed(job, startNanos, "failed");
    } finally {
      deleteTree(folder);
    }
  }

  /** Thrown from the progress callback when this instance is stopping. */
  private static final class Stopping extends RuntimeException {
    Stopping() {
      super("this instance is stopping");
    }
  }

  /**
   * Writes progress at most once a second and reads whether the job was asked to stop, on any
   * instance; keeps the last figures for the row of a finished job.
   */
  private final class Progress implements ScenarioProgress {
    private final String id;
    private final AtomicLong last = new AtomicLong();
    volatile long lines;
    volatile long read;
    volatile long total;

    Progress(String id) {
      this.id = id;
    }

    @Override
    public void update(long lines, long read, long total) {
      this.lines = lines;
      this.read = read;
      this.total = total;
      if (stopping) {
        throw new Stopping();
      }
      long now = System.nanoTime();
      long before = last.get();
      if (now - before < progressEvery.toNanos() || !last.compareAndSet(before, now)) {
        return;
      }
      jdbc.update(
          "UPDATE finance_job SET lines = ?, bytes_read = ?, bytes_total = ? WHERE id = ?",
          lines,
          read,
          total,
          id);
      Boolean cancel =
          jdbc.queryForObject(
              "SELECT cancel_requested FROM finance_job WHERE id = ?", Boolean.class, id);
      if (Boolean.TRUE.equals(cancel)) {
        throw new CancellationException("cancelled");
      }
    }
  }

  private void envelope(Path caseload, EnvelopeSpec spec, Path out, ScenarioProgress progress)
      throws IOException {
    EnvelopeReport report;
    try (Writer people = Files.newBufferedWriter(out.resolve(ScenarioOutputs.PEOPLE), UTF_8);
        Writer problems = Files.newBufferedWriter(out.resolve(ScenarioOutputs.PROBLEMS), UTF_8)) {
      EnvelopeRunner envelopes =
          new EnvelopeRunner(
              MemoryRuleStore.of(engine.catalogue(), "the served rule sets"),
              Runtime.getRuntime().availableProcessors());
      report = envelopes.run(caseload, spec, new ScenarioCsv(people, problems), progress);
    }
    EnvelopeFiles.write(report, out);
  }

  /** Stores the reports and marks the job done, in one transaction. */
  private void done(String id, Path out, Progress progress) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(out)) {
      files = all.filter(Files::isRegularFile).sorted().toList();
    }
    tx.executeWithoutResult(
        status -> {
          jdbc.update("DELETE FROM finance_job_report WHERE job_id = ?", id);
          for (Path file : files) {
            jdbc.execute(
                "INSERT INTO finance_job_report (job_id, name, content) VALUES (?, ?, ?)",
                (PreparedStatement ps) -> {
                  try (InputStream in = Files.newInputStream(file)) {
                    ps.setString(1, id);
                    ps.setString(2, file.getFileName().toString());
                    ps.setBinaryStream(3, in, Files.size(file));
                    return ps.executeUpdate();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
          }
          jdbc.update(
              "UPDATE finance_job SET state = ?, finished = ?, error = NULL, lines = ?,"
                  + " bytes_read = ?, bytes_total = ? WHERE id = ? AND state = ?",
              ScenarioJob.State.DONE.name(),
              Timestamp.from(Instant.now()),
              progress.lines,
              progress.read,
              progress.total,
              id,
              ScenarioJob.State.RUNNING.name());
        });
    log.info("Scenario {} DONE on {}", id, name);
  }

  private void finish(String id, ScenarioJob.State state, String error) {
    jdbc.update(
        "UPDATE finance_job SET state = ?, finished = ?, error = ? WHERE id = ?",
        state.name(),
        Timestamp.from(Instant.now()),
        error,
        id);
    log.info("Scenario {} {}", id, state);
  }

  /**
   * This instance's copy of one of a finished job's reports; the first time, every report of the
   * job is copied from the database into {@code openras.data.dir/scenarios/<id>/} (pages read one
   * report beside another). The path does not exist when the job has no such report.
   */
  Path report(ScenarioJob job, String file) {
    if (job.state() != ScenarioJob.State.DONE) {
      throw new ReportNotReadyException(job.id().toString(), job.state().name());
    }
    String id = job.id().toString();
    Path folder = reports.resolve(id);
    Path complete = folder.resolve(".complete");
    if (!Files.isRegularFile(complete)) {
      try {
        Files.createDirectories(folder);
        jdbc.query(
            "SELECT name, content FROM finance_job_report WHERE job_id = ?",
            rs -> {
              try (InputStream in = rs.getBinaryStream(2)) {
                Path temp = Files.createTempFile(folder, "fetch-", ".part");
                try {
                  Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                  Files.move(
                      temp,
                      folder.resolve(rs.getString(1)),
                      StandardCopyOption.REPLACE_EXISTING,
                      StandardCopyOption.ATOMIC_MOVE);
                } finally {
                  Files.deleteIfExists(temp);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            id);
        Files.writeString(complete, id);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return folder.resolve(file);
  }

  /**
   * Deletes finished jobs (and their reports) and caseloads whose retention has run out: run by one
   * instance at a time, through the queue, every {@code openras.jobs.purge-every}.
   */
  void purge(Instant now) {
    caseloads.purgeExpired(now);
    int jobs =
        jdbc.update(
            "DELETE FROM finance_job WHERE expires_at < ? AND state IN (?, ?, ?)",
            Timestamp.from(now),
            ScenarioJob.State.DONE.name(),
            ScenarioJob.State.FAILED.name(),
            ScenarioJob.State.CANCELLED.name());
    if (jobs > 0) {
      log.info("Purged {} finished job(s) and their reports: their retention ran out", jobs);
    }
  }

  /** Deletes this instance's copies of what the database no longer holds. */
  @Scheduled(fixedDelayString = "${openras.jobs.sweep-every:PT5M}")
  void sweep() {
    caseloads.sweepCopies();
    if (!Files.isDirectory(reports)) {
      return;
    }
    Set<String> kept =
        new HashSet<>(
            jdbc.queryForList("SELECT id FROM finance_job", String.class).stream()
                .map(String::trim)
                .toList());
    try (Stream<Path> folders = Files.list(reports)) {
      for (Path f : folders.toList()) {
        if (!kept.contains(f.getFileName().toString())) {
          deleteTree(f);
        }
      }
    } catch (IOException e) {
      log.warn("Could not sweep the local report copies: {}", e.getMessage());
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      log.warn("Could not delete {}: {}", root, e.getMessage());
    }
  }
}
