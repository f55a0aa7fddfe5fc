package org.openras.service.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import tools.jackson.databind.JsonNode;

/**
 * The drill, on whatever database the arguments name: start the service, let assessors calculate
 * from several threads, SIGKILL the service mid-load, start it again on the same data, and check
 * that the chain verifies and holds every calculation that was answered with a result, and that the
 * checkpoint taken before the kill and one taken after the restart match the records.
 */
final class CrashDrill {
  static final int ASSESSORS = 4;
  static final int ANSWERED_BEFORE_KILL = 40;

  private CrashDrill() {}

  static void run(Path logs, List<String> given) throws Exception {
    // Both starts write and read one checkpoint folder (docs/adr/0009).
    List<String> arguments = new java.util.ArrayList<>(given);
    arguments.add("--openras.audit.checkpoint.dir=" + logs.resolve("checkpoints"));
    Assessors assessors;
    try (ServiceProcess first = ServiceProcess.start(logs, arguments)) {
      assessors = new Assessors(first.port, ASSESSORS);
      assessors.awaitAnswered(ANSWERED_BEFORE_KILL / 2, Duration.ofSeconds(60));
      // a checkpoint taken under load, then killed while records are still being appended
      assertThat(checkpoint(new Http(first.port, "auditor")).statusCode()).isEqualTo(200);
      assessors.awaitAnswered(ANSWERED_BEFORE_KILL, Duration.ofSeconds(60));
      first.kill();
      assessors.stop();
    }
    assertThat(assessors.answered).as("answered before the kill").hasSizeGreaterThan(10);
    assertThat(assessors.refused.get()).as("calculations refused before the kill").isZero();

    try (ServiceProcess second = ServiceProcess.start(logs, arguments)) {
      Http auditor = new Http(second.port, "auditor");
      JsonNode verification = verify(auditor);
      assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
      assertThat(verification.path("checkpointsChecked").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(verification.path("recordsChecked").asLong())
          .isGreaterThanOrEqualTo(assessors.answered.size());
      for (String id : assessors.answered) {
        assertThat(auditor.get(Http.CALCULATIONS + "/" + id).statusCode())
            .as("calculation %s, answered before the kill, in the audit trail", id)
            .isEqualTo(200);
      }
      carriesOn(second, verification.path("recordsChecked").asLong());
    }
  }

  /** After the restart the chain takes new records and still verifies. */
  private static void carriesOn(ServiceProcess service, long recordsBefore) {
    Assessors more = new Assessors(service.port, 1);
    try {
      more.awaitAnswered(3, Duration.ofSeconds(30));
      more.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Http auditor = new Http(service.port, "auditor");
    assertThat(checkpoint(auditor).statusCode()).isEqualTo(200);
    JsonNode after = verify(auditor);
    assertThat(after.path("intact").asBoolean()).as(after.toString()).isTrue();
    assertThat(after.path("checkpointedSize").asLong())
        .isEqualTo(after.path("recordsChecked").asLong());
    assertThat(after.path("recordsChecked").asLong())
        .isEqualTo(recordsBefore + more.answered.size());
  }

  private static java.net.http.HttpResponse<String> checkpoint(Http auditor) {
    return auditor.postEmpty("/api/v1/audit/checkpoints");
  }

  private static JsonNode verify(Http auditor) {
    return Json.mapper().readTree(auditor.get("/api/v1/audit/verify").body());
  }
}
