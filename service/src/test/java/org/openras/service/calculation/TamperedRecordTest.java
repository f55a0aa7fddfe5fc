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
 * {@code integrity} is {@code hash-mismatch} and so is the header, and the auditor's page warns; an
 * untouched one is {@code intact}. Its own context, so the changed record breaks no other test's
 * chain.
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

    assertThat(auditPage(changed)).contains("id=\"hash-mismatch\"");
    assertThat(auditPage(intact)).doesNotContain("id=\"hash-mismatch\"");

    HttpResponse<String> good = new Http(port, "auditor").get("/api/v1/calculations/" + intact);
    assertThat(Json.mapper().readTree(good.body()).get("integrity").asString()).isEqualTo("intact");
    assertThat(good.headers().firstValue("OpenRAS-Record-Integrity")).hasValue("intact");
  }

  /** The auditor's page for a record, signed in by the form. */
  private String auditPage(String id) {
    try {
      var browser =
          java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
      String base = "http://localhost:" + port;
      String form =
          browser
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/web/sign-in"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
      assertThat(m.find()).isTrue();
      browser.send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/web/sign-in"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  java.net.http.HttpRequest.BodyPublishers.ofString(
                      "username=auditor&password=auditor-demo&_csrf="
                          + java.net.URLEncoder.encode(
                              m.group(1), java.nio.charset.StandardCharsets.UTF_8)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      return browser
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(base + "/web/audit?id=" + id))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private String calculation() {
    return Json.mapper()
        .readTree(new Http(port).postJson(Seeds.first()).body())
        .get("calculationId")
        .asString();
  }
}
