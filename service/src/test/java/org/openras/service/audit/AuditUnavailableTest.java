package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * When the audit record cannot be written (here: the table is gone), the caller gets a 503 problem
 * detail and no result, and the service answers again once the table is back.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:openras-unavailable;DB_CLOSE_DELAY=-1")
@DirtiesContext
class AuditUnavailableTest {
  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void noRecordMeansNoResult() {
    jdbc.execute("ALTER TABLE audit_record RENAME TO audit_record_away");
    HttpResponse<String> response;
    try {
      response = new Http(port).postJson(Seeds.first());
    } finally {
      jdbc.execute("ALTER TABLE audit_record_away RENAME TO audit_record");
    }

    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:openras:problem:audit-unavailable");
    assertThat(response.body())
        .doesNotContain("weeklyBudget")
        .doesNotContain("calculationId")
        .doesNotContain("AUDIT_RECORD")
        .doesNotContain("Exception")
        .doesNotContain("org.");
    assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);
  }
}
