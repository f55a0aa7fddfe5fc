package org.openras.service.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Caseloads in the database (issue 19.2, docs/adr/0019): who kept one and until when, deletion on
 * request by a finance officer, and the purge of caseloads and finished jobs whose retention ran
 * out, each logged without a person's data; and the jobs' metrics.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.caseloads.retention=P7D")
@ExtendWith(OutputCaptureExtension.class)
class CaseloadRetentionTest {
  private static final java.util.concurrent.atomic.AtomicLong COST =
      new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 100_000);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ScenarioJobs jobs;

  private Http finance() {
    return new Http(port, "finance");
  }

  /** A one-line caseload of its own (its weekly cost differs from every other's). */
  private String upload() {
    String line =
        "{\"request\": "
            + Seeds.first().strip()
            + ", \"actualWeeklyCost\": \""
            + COST.incrementAndGet()
            + ".00\"}\n";
    HttpResponse<String> r = finance().post("/api/v1/caseloads", line, "application/x-ndjson");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Json.mapper().readTree(r.body()).get("id").asString();
  }

  private HttpResponse<String> delete(Http as, String id) {
    return as.send(HttpRequest.newBuilder().DELETE(), "/api/v1/caseloads/" + id);
  }

  @Test
  void aKeptCaseloadRecordsWhoKeptItAndWhenItExpires() {
    Instant before = Instant.now();
    String id = upload();
    assertThat(
            jdbc.queryForObject("SELECT uploaded_by FROM caseload WHERE id = ?", String.class, id))
        .isEqualTo("finance");
    Instant expires =
        jdbc.queryForObject("SELECT expires_at FROM caseload WHERE id = ?", Timestamp.class, id)
            .toInstant();
    assertThat(expires)
        .isBetween(
            before.plus(Duration.ofDays(7)).minusSeconds(1),
            Instant.now().plus(Duration.ofDays(7)).plusSeconds(1));
  }

  @Test
  void aFinanceOfficerDeletesACaseloadOnRequestAndItIsLogged(CapturedOutput output) {
    String id = upload();
    assertThat(delete(new Http(port, "assessor"), id).statusCode()).isEqualTo(403);

    HttpResponse<String> deleted = delete(finance(), id);
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    assertThat(finance().get("/api/v1/caseloads/" + id).statusCode()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM caseload WHERE id = ?", Integer.class, id))
        .isZero();
    assertThat(output.getOut()).contains("Caseload " + id + " deleted on request by finance");

    HttpResponse<String> again = delete(finance(), id);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void thePurgeDeletesWhatHasExpiredAndKeepsTheRest(CapturedOutput output) throws Exception {
    String expired = upload();
    String kept = upload();
    jdbc.update(
        "UPDATE caseload SET expires_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)),
        expired);
    // A finished job whose retention ran out goes with its reports; a running one stays.
    HttpResponse<String> started =
        finance()
            .post(
                "/api/v1/scenarios",
                "{\"title\": \"Retention\", \"caseload\": {\"id\": \""
                    + kept
                    + "\"}, \"baseline\": {\"date\": \"2025-06-02\"},"
                    + " \"candidate\": {\"date\": \"2025-11-03\"}}",
                "application/json");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String job = Json.mapper().readTree(started.body()).get("id").asString();
    JsonNode status = Json.mapper().readTree(finance().get("/api/v1/scenarios/" + job).body());
    Instant deadline = Instant.now().plusSeconds(90);
    while (status.get("state").asString().matches("QUEUED|RUNNING")
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      status = Json.mapper().readTree(finance().get("/api/v1/scenarios/" + job).body());
    }
    assertThat(status.get("state").asString()).isEqualTo("DONE");
    // Job metrics: jobs by state (from the database), durations of those run here.
    String metrics = Http.anonymous(port).get("/actuator/prometheus").body();
    assertThat(metrics)
        .containsPattern("openras_jobs\\{[^}]*state=\"DONE\"[^}]*\\} [1-9]")
        .containsPattern(
            "openras_jobs_duration_seconds_count\\{[^}]*kind=\"SCENARIO\",[^}]*outcome=\"done\"");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM finance_job_report WHERE job_id = ?", Integer.class, job))
        .isPositive();
    jdbc.update(
        "UPDATE finance_job SET expires_at = ? WHERE id = ?",
        Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)),
        job);

    jobs.purge(Instant.now());

    assertThat(finance().get("/api/v1/caseloads/" + expired).statusCode()).isEqualTo(404);
    assertThat(finance().get("/api/v1/caseloads/" + kept).statusCode()).isEqualTo(200);
    assertThat(finance().get("/api/v1/scenarios/" + job).statusCode()).isEqualTo(404);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM finance_job_report WHERE job_id = ?", Integer.class, job))
        .isZero();
    assertThat(output.getOut())
        .contains("Caseload " + expired + " deleted: its retention (PT168H) ran out")
        .contains("Purged 1 finished job(s)");
  }
}
