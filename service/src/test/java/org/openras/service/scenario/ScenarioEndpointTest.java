package org.openras.service.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A finance officer runs a scenario over HTTP: start, follow, download; and the faults. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioEndpointTest {
  private static final String SCENARIOS = "/api/v1/scenarios";

  @LocalServerPort int port;

  private Http finance() {
    return new Http(port, "finance", "finance-demo");
  }

  private static JsonNode json(HttpResponse<String> response) {
    return Json.mapper().readTree(response.body());
  }

  private static String scenario(String caseload) {
    return "{\"title\": \"October uplift\", \"caseload\": "
        + caseload
        + ", \"baseline\": {\"date\": \"2025-06-02\"},"
        + " \"candidate\": {\"date\": \"2025-11-03\", \"overrides\": [\"ras:pricePerPoint*1.03@age>=65\"]}}";
  }

  private JsonNode waitFor(String id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    JsonNode status = json(finance().get(SCENARIOS + "/" + id));
    while (status.get("state").asString().matches("QUEUED|RUNNING")
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      status = json(finance().get(SCENARIOS + "/" + id));
    }
    return status;
  }

  @Test
  void aScenarioOnAGeneratedCaseloadRunsAndItsReportsDownload() throws Exception {
    HttpResponse<String> started =
        finance()
            .post(
                SCENARIOS,
                scenario("{\"generate\": {\"people\": 300, \"seed\": 7}}"),
                "application/json");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = json(started).get("id").asString();
    assertThat(started.headers().firstValue("Location")).hasValue(SCENARIOS + "/" + id);

    JsonNode done = waitFor(id);
    assertThat(done.get("state").asString()).isEqualTo("DONE");
    assertThat(done.get("kind").asString()).isEqualTo("SCENARIO");
    assertThat(done.get("percent").asInt()).isEqualTo(100);
    assertThat(done.get("linesDone").asLong()).isEqualTo(300);

    JsonNode report = json(finance().get(SCENARIOS + "/" + id + "/report?format=json"));
    assertThat(report.at("/caseload/sha256").asString())
        .isEqualTo(done.get("caseloadId").asString());
    assertThat(report.at("/caseload/lines").asLong()).isEqualTo(300);
    assertThat(report.at("/candidate/overrides").size()).isEqualTo(1);
    assertThat(finance().get(SCENARIOS + "/" + id + "/report?format=html").body()).contains("<svg");
    assertThat(finance().get(SCENARIOS + "/" + id + "/report?format=csv").body().lines().count())
        .isGreaterThan(300);
  }

  @Test
  void anUploadedCaseloadIsKeptByItsHashAndCanBeRunAgain() throws Exception {
    String lines = Files.readString(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl"));
    HttpResponse<String> kept = finance().post("/api/v1/caseloads", lines, "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    String caseloadId = json(kept).get("id").asString();
    assertThat(caseloadId).hasSize(64);
    assertThat(json(kept).get("lines").asLong()).isEqualTo(500);

    HttpResponse<String> started =
        finance().post(SCENARIOS, scenario("{\"id\": \"" + caseloadId + "\"}"), "application/json");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    JsonNode done = waitFor(json(started).get("id").asString());
    assertThat(done.get("state").asString()).isEqualTo("DONE");
    assertThat(done.get("caseloadId").asString()).isEqualTo(caseloadId);
  }

  @Test
  void aQueuedScenarioCanBeCancelledAndHasNoReport() throws Exception {
    String first =
        json(finance()
                .post(
                    SCENARIOS,
                    scenario("{\"generate\": {\"people\": 3000, \"seed\": 8}}"),
                    "application/json"))
            .get("id")
            .asString();
    String second =
        json(finance()
                .post(
                    SCENARIOS,
                    scenario("{\"generate\": {\"people\": 300, \"seed\": 9}}"),
                    "application/json"))
            .get("id")
            .asString();
    HttpResponse<String> cancelled =
        finance().send(HttpRequest.newBuilder().DELETE(), SCENARIOS + "/" + second);
    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(waitFor(second).get("state").asString()).isEqualTo("CANCELLED");
    HttpResponse<String> report = finance().get(SCENARIOS + "/" + second + "/report");
    assertThat(report.statusCode()).isEqualTo(409);
    assertThat(report.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    waitFor(first);
  }

  @Test
  void badScenarioRequestsAreProblemDetailsNamingTheField() {
    HttpResponse<String> both =
        finance()
            .post(
                SCENARIOS,
                scenario("{\"id\": \"x\", \"generate\": {\"people\": 5}}"),
                "application/json");
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(both.body()).contains("\"field\":\"caseload\"");

    HttpResponse<String> override =
        finance()
            .post(
                SCENARIOS,
                scenario("{\"generate\": {\"people\": 5}}").replace("*1.03@age>=65", "+++"),
                "application/json");
    assertThat(override.statusCode()).isEqualTo(400);
    assertThat(override.body()).contains("candidate.overrides[0]");

    HttpResponse<String> unknown =
        finance()
            .post(SCENARIOS, scenario("{\"id\": \"" + "a".repeat(64) + "\"}"), "application/json");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(finance().get(SCENARIOS + "/not-a-job").statusCode()).isEqualTo(404);
  }

  @Test
  void onlyFinanceMayRunScenarios() {
    String body = scenario("{\"generate\": {\"people\": 5}}");
    assertThat(
            new Http(port, "assessor", "assessor-demo")
                .post(SCENARIOS, body, "application/json")
                .statusCode())
        .isEqualTo(403);
    assertThat(Http.anonymous(port).post(SCENARIOS, body, "application/json").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aFinancialYearScenarioApportionsByDaysAndAnEnvelopeReportsItsSolution() throws Exception {
    String year =
        "{\"title\": \"FY 2025\", \"financialYear\": 2025,"
            + " \"caseload\": {\"generate\": {\"people\": 200, \"seed\": 11}}}";
    String yearId = json(finance().post(SCENARIOS, year, "application/json")).get("id").asString();
    assertThat(waitFor(yearId).get("state").asString()).isEqualTo("DONE");
    JsonNode report = json(finance().get(SCENARIOS + "/" + yearId + "/report?format=json"));
    assertThat(report.at("/financialYear").isObject()).as(report.toString()).isTrue();

    String envelope =
        "{\"title\": \"Envelope\", \"financialYear\": 2025,"
            + " \"caseload\": {\"generate\": {\"people\": 200, \"seed\": 11}},"
            + " \"envelope\": {\"targetAnnual\": \"1.00\", \"contingency\": 0.05}}";
    HttpResponse<String> started = finance().post(SCENARIOS, envelope, "application/json");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = json(started).get("id").asString();
    JsonNode done = waitFor(id);
    assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
    assertThat(done.at("/reports/envelope").asString()).endsWith("format=envelope");
    assertThat(done.get("kind").asString()).isEqualTo("ENVELOPE");
    JsonNode solved = json(finance().get(SCENARIOS + "/" + id + "/report?format=envelope"));
    assertThat(solved.get("status").asString()).isEqualTo("TARGET_BELOW_RANGE");
    // No factor chosen: its members are left out, never sent as null (docs/adr/0023).
    assertThat(solved.has("choice")).isFalse();
    assertThat(solved.toString()).doesNotContain("null");
  }

  @Test
  void anEnvelopeWithoutAFinancialYearIsRefusedNamingTheField() {
    String envelope =
        "{\"caseload\": {\"generate\": {\"people\": 5}},"
            + " \"envelope\": {\"targetAnnual\": \"1000.00\"}}";
    HttpResponse<String> refused = finance().post(SCENARIOS, envelope, "application/json");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"financialYear\"");
  }

  @Test
  void anEnvelopesFactorRangeIsCheckedBeforeAnyJobStarts() {
    String envelope =
        "{\"caseload\": {\"generate\": {\"people\": 5}}, \"financialYear\": 2025,"
            + " \"envelope\": {\"targetAnnual\": \"1000.00\", \"highest\": 1e20}}";
    HttpResponse<String> refused = finance().post(SCENARIOS, envelope, "application/json");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"field\":\"envelope\"")
        .contains("The highest factor must be at most 10");
  }
}
