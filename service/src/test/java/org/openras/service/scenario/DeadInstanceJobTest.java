package org.openras.service.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A job whose instance died and that has had its tries (docs/adr/0019): db-scheduler finds the
 * execution whose heartbeat stopped, and this instance marks the job failed with the reason rather
 * than running it again or leaving it running. The dead instance is made as it would be left: its
 * job RUNNING after one attempt, its execution picked, its last heartbeat an hour old.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "openras.jobs.max-attempts=1",
      "openras.jobs.heartbeat=PT1S",
      "openras.jobs.missed-heartbeats=4",
      "openras.jobs.polling=PT1S"
    })
class DeadInstanceJobTest {
  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aJobWhoseInstanceDiedAfterItsLastTryIsFailedWithTheReason() throws Exception {
    String id = UUID.randomUUID().toString();
    Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
    jdbc.update(
        "INSERT INTO finance_job (id, kind, title, request_json, caseload_id, started_by, state,"
            + " submitted, started, attempts, ran_by, expires_at)"
            + " VALUES (?, 'SCENARIO', 'Dead instance', '{}', ?, 'finance', 'RUNNING', ?, ?, 1,"
            + " 'a-gone-instance', ?)",
        id,
        "0".repeat(64),
        Timestamp.from(anHourAgo),
        Timestamp.from(anHourAgo),
        Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
    jdbc.update(
        "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,"
            + " last_heartbeat, version) VALUES (?, ?, ?, TRUE, 'a-gone-instance', ?, 1)",
        ScenarioJobs.TASK,
        id,
        Timestamp.from(anHourAgo),
        Timestamp.from(anHourAgo));

    Http finance = new Http(port, "finance");
    JsonNode status = Json.mapper().readTree(finance.get("/api/v1/scenarios/" + id).body());
    Instant deadline = Instant.now().plusSeconds(60);
    while (status.get("state").asString().equals("RUNNING") && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      status = Json.mapper().readTree(finance.get("/api/v1/scenarios/" + id).body());
    }
    assertThat(status.get("state").asString()).as(status.toString()).isEqualTo("FAILED");
    assertThat(status.get("error").asString())
        .contains("The instance running this job stopped before it finished, 1 time(s)");
    assertThat(status.get("attempts").asInt()).isEqualTo(2);
    assertThat(status.get("finished").isNull()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Integer.class, id))
        .isZero();
  }
}
