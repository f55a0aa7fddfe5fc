package org.openras.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The operations meters after real requests (service/README.md, "Operations"; docs/adr/0020): the
 * audit trail's records, batches, failed writes and chain verifications (at start and on demand),
 * and 401/403 by route and reason, with no identifier or personal data in any tag.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:openras-operations;DB_CLOSE_DELAY=-1")
@DirtiesContext
class OperationsMetricsTest {
  @LocalServerPort int port;
  @Autowired MeterRegistry registry;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void startVerificationDone() throws InterruptedException {
    // The verification at start runs on its own thread once the service is ready.
    for (int i = 0; i < 300 && starts("intact") + starts("broken") + starts("failed") == 0; i++) {
      Thread.sleep(100);
    }
  }

  private double starts(String result) {
    return count("openras.audit.chain.verifications", "result", result, "trigger", "start");
  }

  @Test
  void eachCalculationRecordedIsCountedAndItsBatchMeasured() {
    double written = count("openras.audit.records.written");
    DistributionSummary batches = registry.get("openras.audit.batch.size").summary();
    long batchesBefore = batches.count();
    double recordsInBatchesBefore = batches.totalAmount();
    long batchTimesBefore = registry.get("openras.audit.batch.duration").timer().count();

    for (int i = 0; i < 3; i++) {
      assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);
    }

    assertThat(count("openras.audit.records.written") - written).isEqualTo(3);
    // One request after another: each its own batch of one.
    assertThat(batches.count() - batchesBefore).isEqualTo(3);
    assertThat(batches.totalAmount() - recordsInBatchesBefore).isEqualTo(3);
    assertThat(batches.max()).isGreaterThanOrEqualTo(1);
    // Each committed batch timed, from its transaction's start to the commit.
    assertThat(registry.get("openras.audit.batch.duration").timer().count() - batchTimesBefore)
        .isEqualTo(3);
    assertThat(Http.anonymous(port).get("/actuator/prometheus").body())
        .containsPattern("openras_audit_records_written_total [1-9]")
        .contains("openras_audit_batch_size_count")
        .contains("openras_audit_batch_duration_seconds_bucket")
        .contains("openras_audit_write_failures_total");
  }

  @Test
  void aBatchThatFailsIsCountedAndNothingOfItWritten() {
    double failures = count("openras.audit.write.failures");
    double written = count("openras.audit.records.written");
    jdbc.execute("ALTER TABLE audit_record RENAME TO audit_record_away");
    HttpResponse<String> refused;
    try {
      refused = new Http(port).postJson(Seeds.first());
    } finally {
      jdbc.execute("ALTER TABLE audit_record_away RENAME TO audit_record");
    }

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(count("openras.audit.write.failures") - failures).isEqualTo(1);
    assertThat(count("openras.audit.write.failed.records")).isGreaterThanOrEqualTo(1);
    assertThat(count("openras.audit.records.written")).isEqualTo(written);
  }

  @Test
  void theChainIsVerifiedAtStartAndEachVerificationOnDemandIsCounted() {
    assertThat(starts("intact")).as("verified intact at start").isEqualTo(1);
    double demanded =
        count("openras.audit.chain.verifications", "result", "intact", "trigger", "demand");
    long timed =
        registry
            .get("openras.audit.chain.verification.duration")
            .tag("trigger", "demand")
            .timer()
            .count();
    assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);

    HttpResponse<String> verified = new Http(port, "auditor").get("/api/v1/audit/verify");

    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).contains("\"intact\":true");
    assertThat(
            count("openras.audit.chain.verifications", "result", "intact", "trigger", "demand")
                - demanded)
        .isEqualTo(1);
    assertThat(count("openras.audit.chain.verifications", "result", "broken", "trigger", "demand"))
        .isZero();
    assertThat(
            registry
                    .get("openras.audit.chain.verification.duration")
                    .tag("trigger", "demand")
                    .timer()
                    .count()
                - timed)
        .isEqualTo(1);
    assertThat(registry.get("openras.audit.chain.intact").gauge().value()).isEqualTo(1);
    assertThat(registry.get("openras.audit.chain.records.checked").gauge().value())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void refusalsAreCountedByRouteMethodAndReasonWithoutTheAddress() {
    String id = UUID.randomUUID().toString();
    String route = "/api/v1/calculations/{id}";
    double none = refusals("401", route, "GET", "no-credentials");
    double wrong = refusals("401", route, "GET", "bad-credentials");
    double role = refusals("403", route, "GET", "role");
    double unmatched = refusals("401", "unmatched", "GET", "no-credentials");
    double verify = refusals("403", "/api/v1/audit/verify", "GET", "role");

    assertThat(Http.anonymous(port).get("/api/v1/calculations/" + id).statusCode()).isEqualTo(401);
    assertThat(new Http(port, "assessor", "wrong").get("/api/v1/calculations/" + id).statusCode())
        .isEqualTo(401);
    assertThat(new Http(port, "finance").get("/api/v1/calculations/" + id).statusCode())
        .isEqualTo(403);
    assertThat(Http.anonymous(port).get("/api/v1/no-such-thing/" + id).statusCode()).isEqualTo(401);
    assertThat(new Http(port, "assessor").get("/api/v1/audit/verify").statusCode()).isEqualTo(403);

    assertThat(refusals("401", route, "GET", "no-credentials") - none).isEqualTo(1);
    assertThat(refusals("401", route, "GET", "bad-credentials") - wrong).isEqualTo(1);
    assertThat(refusals("403", route, "GET", "role") - role).isEqualTo(1);
    assertThat(refusals("401", "unmatched", "GET", "no-credentials") - unmatched).isEqualTo(1);
    assertThat(refusals("403", "/api/v1/audit/verify", "GET", "role") - verify)
        .as(
            () ->
                registry.find("openras.security.refusals").meters().stream()
                    .map(m -> m.getId().toString())
                    .toList()
                    .toString())
        .isEqualTo(1);
    for (Meter m : registry.find("openras.security.refusals").meters()) {
      assertThat(m.getId().getTags().toString()).doesNotContain(id).doesNotContain("no-such");
    }
    assertThat(Http.anonymous(port).get("/actuator/prometheus").body())
        .contains(
            "openras_security_refusals_total{method=\"GET\",reason=\"role\","
                + "route=\"/api/v1/calculations/{id}\",status=\"403\"}")
        .doesNotContain(id);
  }

  @Test
  void aPageARoleMayNotOpenIsCountedByItsRoute() throws Exception {
    double before = refusals("403", "/web/audit", "GET", "role");
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String signInPage = browser.send(page("/web/sign-in").build(), BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage);
    assertThat(csrf.find()).isTrue();
    browser.send(
        page("/web/sign-in")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                BodyPublishers.ofString(
                    "username=assessor&password=assessor-demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
            .build(),
        BodyHandlers.ofString());

    assertThat(browser.send(page("/web/audit").build(), BodyHandlers.ofString()).statusCode())
        .isEqualTo(403);

    assertThat(refusals("403", "/web/audit", "GET", "role") - before).isEqualTo(1);
  }

  private HttpRequest.Builder page(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private double refusals(String status, String route, String method, String reason) {
    return count(
        "openras.security.refusals",
        "status",
        status,
        "route",
        route,
        "method",
        method,
        "reason",
        reason);
  }

  private double count(String name, String... tags) {
    Counter c = registry.find(name).tags(tags).counter();
    return c == null ? 0 : c.count();
  }
}
