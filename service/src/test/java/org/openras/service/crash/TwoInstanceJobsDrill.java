package org.openras.service.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import tools.jackson.databind.JsonNode;

/**
 * Two service instances (real processes) on one database, as behind a load balancer (issue 19.2,
 * docs/adr/0019): a scenario job submitted on one is followed, reported and cancelled on the other;
 * an instance killed (SIGKILL) mid-job leaves its job to the other, which takes it up again and
 * finishes it; no job is run by two instances, and none is left running. {@link
 * TwoInstanceJobsTest} runs it on PostgreSQL, {@link H2TwoInstanceJobsTest} on one H2 file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstanceJobsDrill {
  private static final String SCENARIOS = "/api/v1/scenarios";

  @TempDir static Path dir;
  final List<ServiceProcess> instances = new ArrayList<>();

  /** Creates the database both instances use. */
  abstract void createDatabase() throws Exception;

  /** The service's arguments for that database. */
  abstract List<String> databaseArguments();

  /** A connection to that database, for the test's own look at db-scheduler's table. */
  abstract Connection connect() throws SQLException;

  abstract void dropDatabase() throws Exception;

  @BeforeAll
  void startTwoInstances() throws Exception {
    createDatabase();
    for (int i = 0; i < 2; i++) {
      instances.add(ServiceProcess.start(dir, arguments(i)));
    }
  }

  List<String> arguments(int i) {
    List<String> args = new ArrayList<>(databaseArguments());
    args.add("--openras.data.dir=" + dir.resolve("instance-" + i + "-" + System.nanoTime()));
    // Quick to notice a dead instance: no heartbeat for 3 × 1 s.
    args.add("--openras.jobs.heartbeat=PT1S");
    args.add("--openras.jobs.missed-heartbeats=4");
    args.add("--openras.jobs.polling=PT1S");
    return args;
  }

  @AfterAll
  void stop() throws Exception {
    for (ServiceProcess p : instances) {
      p.close();
    }
    dropDatabase();
  }

  static Http finance(ServiceProcess instance) {
    return new Http(instance.port, "finance");
  }

  static JsonNode json(HttpResponse<String> response) {
    return Json.mapper().readTree(response.body());
  }

  static String scenario(long people, long seed) {
    return "{\"title\": \"Two instances\", \"caseload\": {\"generate\": {\"people\": "
        + people
        + ", \"seed\": "
        + seed
        + "}}, \"baseline\": {\"date\": \"2025-06-02\"},"
        + " \"candidate\": {\"date\": \"2025-11-03\", \"overrides\":"
        + " [\"ras:pricePerPoint*1.03@age>=65\"]}}";
  }

  static String submit(ServiceProcess on, long people, long seed) {
    HttpResponse<String> started =
        finance(on).post(SCENARIOS, scenario(people, seed), "application/json");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    return json(started).get("id").asString();
  }

  static JsonNode status(ServiceProcess on, String id) {
    HttpResponse<String> r = finance(on).get(SCENARIOS + "/" + id);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json(r);
  }

  static JsonNode waitWhile(ServiceProcess on, String id, String states, Duration limit)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    JsonNode status = status(on, id);
    while (status.get("state").asString().matches(states) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      status = status(on, id);
    }
    return status;
  }

  /** The executions db-scheduler still holds for this job (none once it has ended). */
  int executions(String id) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  String ranBy(String id) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement("SELECT ran_by FROM finance_job WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  @Test
  void aJobSubmittedOnOneIsFollowedAndReportedOnTheOther() throws Exception {
    ServiceProcess a = instances.get(0);
    ServiceProcess b = instances.get(1);
    String id = submit(a, 400, 11);

    JsonNode done = waitWhile(b, id, "QUEUED|RUNNING", Duration.ofSeconds(120));
    assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
    assertThat(done.get("linesDone").asLong()).isEqualTo(400);
    assertThat(done.get("attempts").asInt()).as("run once, by one instance").isEqualTo(1);
    assertThat(status(a, id)).isEqualTo(done);

    HttpResponse<String> onB = finance(b).get(SCENARIOS + "/" + id + "/report?format=json");
    HttpResponse<String> onA = finance(a).get(SCENARIOS + "/" + id + "/report?format=json");
    assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
    assertThat(onB.body()).isEqualTo(onA.body());
    assertThat(json(onB).at("/caseload/lines").asLong()).isEqualTo(400);
    assertThat(finance(b).get(SCENARIOS + "/" + id + "/report?format=csv").body().lines().count())
        .isEqualTo(401);
    assertThat(executions(id)).isZero();

    String caseload = done.get("caseloadId").asString();
    assertThat(finance(b).get("/api/v1/caseloads/" + caseload).statusCode()).isEqualTo(200);
  }

  @Test
  void aCalibrationRunOnOneIsReadOnTheOther() throws Exception {
    ServiceProcess a = instances.get(0);
    ServiceProcess b = instances.get(1);
    String lines =
        java.nio.file.Files.readString(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl"));
    HttpResponse<String> kept = finance(a).post("/api/v1/caseloads", lines, "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    String cohort = json(kept).get("id").asString();
    assertThat(finance(b).get("/api/v1/caseloads/" + cohort).statusCode()).isEqualTo(200);

    HttpResponse<String> done =
        finance(b)
            .post(
                "/api/v1/calibrations",
                "{\"cohortId\": \"" + cohort + "\", \"method\": \"ratio\"}",
                "application/json");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
    String id = json(done).get("id").asString();
    HttpResponse<String> onA = finance(a).get("/api/v1/calibrations/" + id);
    assertThat(onA.statusCode()).as(onA.body()).isEqualTo(200);
    assertThat(onA.body()).isEqualTo(finance(b).get("/api/v1/calibrations/" + id).body());
    assertThat(finance(a).get("/api/v1/calibrations/" + id + "/report?format=html").body())
        .contains("<svg");
  }

  @Test
  void aJobSubmittedOnOneIsCancelledOnTheOther() throws Exception {
    ServiceProcess a = instances.get(0);
    ServiceProcess b = instances.get(1);
    String id = submit(a, 40_000, 12);

    JsonNode cancelled =
        json(
            finance(b).send(java.net.http.HttpRequest.newBuilder().DELETE(), SCENARIOS + "/" + id));
    assertThat(cancelled.get("id").asString()).isEqualTo(id);
    JsonNode ended = waitWhile(a, id, "QUEUED|RUNNING", Duration.ofSeconds(120));
    assertThat(ended.get("state").asString()).as(ended.toString()).isEqualTo("CANCELLED");
    assertThat(status(b, id)).isEqualTo(ended);
    assertThat(finance(b).get(SCENARIOS + "/" + id + "/report?format=json").statusCode())
        .isEqualTo(409);
    Thread.sleep(3000);
    assertThat(status(a, id).get("state").asString()).isEqualTo("CANCELLED");
    assertThat(executions(id)).isZero();
  }

  @Test
  void aJobWhoseInstanceIsKilledIsFinishedByTheOther() throws Exception {
    String id = submit(instances.get(0), 60_000, 13);
    JsonNode running = waitWhile(instances.get(1), id, "QUEUED", Duration.ofSeconds(120));
    assertThat(running.get("state").asString()).as(running.toString()).isEqualTo("RUNNING");
    String runner = ranBy(id);
    int victim = -1;
    for (int i = 0; i < instances.size(); i++) {
      if (runner.contains("-" + instances.get(i).pid() + "-")) {
        victim = i;
      }
    }
    assertThat(victim).as("the job names the instance running it: " + runner).isNotNegative();
    ServiceProcess killed = instances.get(victim);
    ServiceProcess survivor = instances.get(1 - victim);
    killed.kill();

    JsonNode ended = waitWhile(survivor, id, "QUEUED|RUNNING", Duration.ofSeconds(300));
    assertThat(ended.get("state").asString()).as(ended.toString()).isEqualTo("DONE");
    assertThat(ended.get("attempts").asInt()).as("taken up again once").isEqualTo(2);
    assertThat(ended.get("linesDone").asLong()).isEqualTo(60_000);
    assertThat(ranBy(id)).contains("-" + survivor.pid() + "-");
    assertThat(executions(id)).isZero();
    HttpResponse<String> report =
        finance(survivor).get(SCENARIOS + "/" + id + "/report?format=json");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    assertThat(json(report).at("/caseload/lines").asLong()).isEqualTo(60_000);

    // The killed instance restarted: it reads the same job, and runs nothing again.
    instances.set(victim, ServiceProcess.start(dir, arguments(victim)));
    assertThat(status(instances.get(victim), id)).isEqualTo(ended);
  }
}
