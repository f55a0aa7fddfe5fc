package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A record changed after it was written is still served, but marked (issue 18, defect 11): its
 * {@code integrity} is {@code hash-mismatch} and so is the header; an untouched one is {@code
 * intact}. Its own context, so the changed record breaks no other test's chain.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.test.context=tampered-record")
class TamperedRecordTest {
  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void aChangedRecordIsServedMarkedAndAnIntactOneIsMarkedIntact() {
    String changed = calculation();
    String intact = calculation();
    new JdbcTemplate(dataSource)
        .update(
            "UPDATE audit_record SET actor = 'someone-else' WHERE id = ?",
            UUID.fromString(changed));

    HttpResponse<String> bad = new Http(port, "auditor").get("/api/v1/calculations/" + changed);
    assertThat(bad.statusCode()).isEqualTo(200);
    JsonNode record = Json.mapper().readTree(bad.body());
    assertThat(record.get("actor").asString()).isEqualTo("someone-else");
    assertThat(record.get("integrity").asString()).isEqualTo("hash-mismatch");
    assertThat(bad.headers().firstValue("OpenRAS-Record-Integrity")).hasValue("hash-mismatch");

    HttpResponse<String> good = new Http(port, "auditor").get("/api/v1/calculations/" + intact);
    assertThat(Json.mapper().readTree(good.body()).get("integrity").asString()).isEqualTo("intact");
    assertThat(good.headers().firstValue("OpenRAS-Record-Integrity")).hasValue("intact");
  }

  private String calculation() {
    return Json.mapper()
        .readTree(new Http(port).postJson(Seeds.first()).body())
        .get("calculationId")
        .asString();
  }
}
