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
 * that the chain verifies and holds every calculation that was answered with a result.
 */
final class CrashDrill {
  static final int ASSESSORS = 4;
  static final int ANSWERED_BEFORE_KILL = 40;

  private CrashDrill() {}

  static void run(Path logs, List<String> arguments) throws Exception {
    Assessors assessors;
    try (ServiceProcess first = ServiceProcess.start(logs, arguments)) {
      assessors = new Assessors(first.port, ASSESSORS);
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
    JsonNode after = verify(new Http(service.port, "auditor"));
    assertThat(after.path("intact").asBoolean()).as(after.toString()).isTrue();
    assertThat(after.path("recordsChecked").asLong())
        .isEqualTo(recordsBefore + more.answered.size());
  }

  private static JsonNode verify(Http auditor) {
    return Json.mapper().readTree(auditor.get("/api/v1/audit/verify").body());
  }
}
