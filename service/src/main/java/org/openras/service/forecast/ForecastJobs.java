package org.openras.service.forecast;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.forecast.ForecastReport;
import org.openras.engine.forecast.HistoryPoint;
import org.openras.engine.forecast.PolicyComparison;
import org.openras.engine.forecast.PolicyCosting;
import org.openras.engine.forecast.YearEnvelope;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.service.scenario.CaseloadStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Forecast jobs in the database (docs/adr/0032): a row of {@code forecast_job} holds what was
 * asked, the history and the young people as sent, the state and step, and once done the report as
 * JSON and CSV; an execution of {@value #TASK} in db-scheduler's queue is claimed by one instance
 * (the finance jobs' scheduler, docs/adr/0019), which heartbeats while it runs, and a job whose
 * instance died is taken up again, up to {@code openras.jobs.max-attempts} times. Any instance
 * answers a job's state and report. Jobs are deleted when {@code openras.forecasts.retention} runs
 * out (30 days unless set) or at once on request, logged with who asked.
 */
@Service
@ConditionalOnWebApplication
public class ForecastJobs {
  static final String TASK = "forecast-job";
  static final String PURGE = "forecast-purge";
  static final int STEPS = 5;
  private static final Logger log = LoggerFactory.getLogger(ForecastJobs.class);

  private final OpenRasEngine engine;
  private final CaseloadStore caseloads;
  private final JdbcTemplate jdbc;
  private final SchedulerClient queue;
  private final Duration retention;
  private final int maxAttempts;

  ForecastJobs(
      OpenRasEngine engine,
      CaseloadStore caseloads,
      DataSource dataSource,
      JdbcTemplate jdbc,
      @Value("${openras.forecasts.retention:P30D}") Duration retention,
      @Value("${openras.jobs.max-attempts:2}") int maxAttempts) {
    this.engine = engine;
    this.caseloads = caseloads;
    this.jdbc = jdbc;
    this.queue = SchedulerClient.Builder.create(dataSource).build();
    this.retention = retention;
    this.maxAttempts = maxAttempts;
  }

  /** The rule-set versions served now, for the form's list of versions a second policy can use. */
  org.openras.engine.catalogue.RuleSetCatalogue served() {
    return engine.catalogue();
  }

  Duration retention() {
    return retention;
  }

  /**
   * Checks everything sent and queues the job; nothing is kept when anything is refused.
   *
   * @throws org.openras.engine.request.InvalidRequestException a field refused (400)
   * @throws ForecastInput.NotReadException lines refused (422)
   * @throws org.openras.service.scenario.CaseloadNotFoundException no such reference caseload
   */
  ForecastJob submit(ForecastRequest request, String history, String transitions, String user) {
    ForecastInput.Asked asked =
        ForecastInput.check(request, transitions != null && !transitions.isBlank());
    ForecastInput.checkPins(asked, engine.catalogue());
    ForecastInput.Read read = ForecastInput.read(asked, history, transitions);
    if (asked.candidate() != null && asked.referenceCaseload() == null && read.cohort().isEmpty()) {
      throw new org.openras.engine.request.InvalidRequestException(
          List.of(
              new org.openras.engine.request.FieldError(
                  "candidate",
                  "needs a reference caseload or young people arriving from children's services:"
                      + " the young people sent hold no one")));
    }
    if (asked.referenceCaseload() != null) {
      caseloads.describe(asked.referenceCaseload());
    }
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.update(
        "INSERT INTO forecast_job (id, title, request_json, history, transitions, started_by,"
            + " state, steps, submitted, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id.toString(),
        asked.title() == null ? "" : asked.title(),
        Json.mapper().writeValueAsString(asked),
        history,
        transitions == null || transitions.isBlank() ? null : transitions,
        user,
        ForecastJob.State.QUEUED.name(),
        STEPS,
        Timestamp.from(now),
        Timestamp.from(now.plus(retention)));
    queue.schedule(new TaskInstance<Void>(TASK, id.toString()), now);
    log.info("Forecast {} queued by {}", id, user);
    return get(id.toString());
  }

  ForecastJob get(String id) {
    try {
      UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException notAnId) {
      throw new ForecastNotFoundException(id);
    }
    List<ForecastJob> found =
        jdbc.query(
            "SELECT id, title, state, step, steps, step_name, request_json, started_by, submitted,"
                + " started, finished, attempts, error, expires_at FROM forecast_job WHERE id = ?",
            ForecastJobs::row,
            id);
    if (found.isEmpty()) {
      throw new ForecastNotFoundException(id);
    }
    return found.get(0);
  }

  /** The jobs kept, the most recently submitted first, at most {@code limit}. */
  List<ForecastJob> list(int limit) {
    return jdbc.query(
        "SELECT id, title, state, step, steps, step_name, request_json, started_by, submitted,"
            + " started, finished, attempts, error, expires_at FROM forecast_job"
            + " ORDER BY submitted DESC, id FETCH FIRST "
            + Math.max(1, limit)
            + " ROWS ONLY",
        ForecastJobs::row);
  }

  private static ForecastJob row(ResultSet rs, int n) throws SQLException {
    ForecastInput.Asked asked =
        Json.mapper().readValue(rs.getString("request_json"), ForecastInput.Asked.class);
    ForecastJob.State state = ForecastJob.State.valueOf(rs.getString("state"));
    int step = rs.getInt("step");
    int steps = rs.getInt("steps");
    int percent =
        state == ForecastJob.State.DONE
            ? 100
            : steps == 0 ? 0 : Math.max(0, (step - 1) * 100 / steps);
    String title = rs.getString("title");
    return new ForecastJob(
        UUID.fromString(rs.getString("id").trim()),
        title == null || title.isEmpty() ? null : title,
        state,
        step,
        steps,
        rs.getString("step_name"),
        percent,
        asked.firstYear(),
        asked.years(),
        rs.getString("started_by"),
        instant(rs.getTimestamp("submitted")),
        instant(rs.getTimestamp("started")),
        instant(rs.getTimestamp("finished")),
        rs.getInt("attempts"),
        rs.getString("error"),
        instant(rs.getTimestamp("expires_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /** The finished job's report as JSON (the engine's report; members without a value left out). */
  String reportJson(String id) {
    return report(id, "report_json");
  }

  /** The finished job's report as CSV: one row per year and client group. */
  String reportCsv(String id) {
    return report(id, "report_csv");
  }

  /**
   * The finished job's comparison of two policy choices as CSV, written by the engine's writer from
   * the report's JSON: one row per year and client group (only the header without one).
   */
  String comparisonCsv(String id) {
    return part(id, true);
  }

  /** The finished job's budget envelopes as CSV: one row per year with one. */
  String envelopesCsv(String id) {
    return part(id, false);
  }

  private String part(String id, boolean comparison) {
    JsonNode r = Json.mapper().readTree(reportJson(id));
    JsonNode c = r.get("comparison");
    PolicyComparison pc =
        c == null || c.isNull() ? null : Json.mapper().treeToValue(c, PolicyComparison.class);
    List<YearEnvelope> envelopes = new ArrayList<>();
    JsonNode e = r.get("envelopes");
    if (e != null) {
      for (JsonNode y : e) {
        envelopes.add(Json.mapper().treeToValue(y, YearEnvelope.class));
      }
    }
    ForecastReport only =
        new ForecastReport(null, null, null, null, null, null, null, null, pc, envelopes);
    StringWriter w = new StringWriter();
    try {
      if (comparison) {
        only.writeComparisonCsv(w);
      } else {
        only.writeEnvelopesCsv(w);
      }
    } catch (IOException impossible) {
      throw new java.io.UncheckedIOException(impossible);
    }
    return w.toString();
  }

  private String report(String id, String column) {
    ForecastJob job = get(id);
    if (job.state() != ForecastJob.State.DONE) {
      throw new ForecastNotReadyException(id, job.state());
    }
    String text =
        jdbc.queryForObject(
            "SELECT " + column + " FROM forecast_job WHERE id = ?", String.class, id);
    if (text == null) {
      throw new ForecastNotReadyException(id, job.state());
    }
    return text;
  }

  /** Deletes a job, its inputs and its report at once; logged with who asked. */
  void delete(String id, String user) {
    get(id);
    int deleted = jdbc.update("DELETE FROM forecast_job WHERE id = ?", id);
    if (deleted == 0) {
      throw new ForecastNotFoundException(id);
    }
    log.info("Forecast {} deleted on request by {}", id, user);
  }

  /** Deletes the jobs whose retention has run out (finished or not); logs how many. */
  int purge(Instant now) {
    int n = jdbc.update("DELETE FROM forecast_job WHERE expires_at < ?", Timestamp.from(now));
    if (n > 0) {
      log.info("Purged {} forecast(s), their inputs and reports: their retention ran out", n);
    }
    return n;
  }

  /** Runs the job whose execution this instance claimed from the queue. */
  void execute(String id) {
    int claimed =
        jdbc.update(
            "UPDATE forecast_job SET state = ?, attempts = attempts + 1, started = ?, step = 0"
                + " WHERE id = ? AND state IN (?, ?)",
            ForecastJob.State.RUNNING.name(),
            Timestamp.from(Instant.now()),
            id,
            ForecastJob.State.QUEUED.name(),
            ForecastJob.State.RUNNING.name());
    if (claimed == 0) {
      return; // deleted, or finished already
    }
    ForecastJob job = get(id);
    if (job.attempts() > maxAttempts) {
      fail(
          id,
          "The instance running this forecast stopped before it finished, "
              + (job.attempts() - 1)
              + " time(s); it is not tried again. Start it again if it is still wanted.");
      return;
    }
    try {
      step(id, 1, "Reading the history and the young people");
      ForecastInput.Asked asked =
          Json.mapper()
              .readValue(
                  jdbc.queryForObject(
                      "SELECT request_json FROM forecast_job WHERE id = ?", String.class, id),
                  ForecastInput.Asked.class);
      String history =
          jdbc.queryForObject("SELECT history FROM forecast_job WHERE id = ?", String.class, id);
      String transitions =
          jdbc.queryForObject(
              "SELECT transitions FROM forecast_job WHERE id = ?", String.class, id);
      ForecastInput.Read read = ForecastInput.read(asked, history, transitions);
      // One served set of rule-set versions from the job's start to its end.
      OpenRasEngine served = engine.snapshot();
      LocalDate base =
          asked.pricedOn() != null
              ? asked.pricedOn()
              : read.history().stream()
                  .map(HistoryPoint::month)
                  .max(Comparator.naturalOrder())
                  .orElseThrow()
                  .atDay(1);
      List<CalculationRequest> people =
          asked.referenceCaseload() == null ? List.of() : reference(asked.referenceCaseload());
      // Both choices are costed against the same served versions (pins resolve among them,
      // scheduled ones included), and each year's "as today" is the same for both.
      step(id, 2, "Costing the young people and pricing each year under the baseline");
      PolicyCosting baseline =
          PolicyCosting.of(
              asked.baselineChoice(), served, served, people, base, read.cohort(), asked.spec());
      PolicyCosting candidate = null;
      if (asked.candidateChoice() != null) {
        step(id, 3, "Costing the same forecast under the policy choice compared");
        candidate =
            PolicyCosting.of(
                asked.candidateChoice(), served, served, people, base, read.cohort(), asked.spec());
      }
      step(id, 4, "Forecasting people and money by year");
      ForecastReport report =
          ForecastReport.run(
              read.history(), asked.spec(), baseline, candidate, asked.move(), asked.targets());
      step(id, 5, "Keeping the report");
      StringWriter csv = new StringWriter();
      report.writeCsv(csv);
      // The comparison's and the envelopes' CSVs are written from the report's JSON when asked.
      int done =
          jdbc.update(
              "UPDATE forecast_job SET state = ?, finished = ?, error = NULL, report_json = ?,"
                  + " report_csv = ? WHERE id = ? AND state = ?",
              ForecastJob.State.DONE.name(),
              Timestamp.from(Instant.now()),
              // Members without a value are left out, as every answer of the API (docs/adr/0023).
              Json.compact().writeValueAsString(report),
              csv.toString(),
              id,
              ForecastJob.State.RUNNING.name());
      log.info("Forecast {} {}", id, done > 0 ? "DONE" : "finished after it was deleted");
    } catch (RuntimeException | IOException e) {
      log.warn("Forecast {} failed", id, e);
      fail(id, "The forecast could not be completed: " + e.getMessage());
    }
  }

  private List<CalculationRequest> reference(String caseloadId) throws IOException {
    Path file = caseloads.path(caseloadId);
    List<CalculationRequest> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(CaseloadLines.parse(line).request());
        } catch (RuntimeException e) {
          // A line the engine cannot read prices nothing; the scenario report lists such lines.
        }
      }
    }
    return out;
  }

  private void step(String id, int step, String name) {
    jdbc.update("UPDATE forecast_job SET step = ?, step_name = ? WHERE id = ?", step, name, id);
  }

  private void fail(String id, String error) {
    jdbc.update(
        "UPDATE forecast_job SET state = ?, finished = ?, error = ? WHERE id = ?",
        ForecastJob.State.FAILED.name(),
        Timestamp.from(Instant.now()),
        error,
        id);
    log.info("Forecast {} FAILED", id);
  }
}
