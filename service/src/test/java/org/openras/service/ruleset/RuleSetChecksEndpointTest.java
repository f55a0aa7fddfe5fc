package org.openras.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A policy officer validates a served version, runs its cases and diffs two versions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleSetChecksEndpointTest {
  @LocalServerPort int port;

  private Http policy() {
    return new Http(port, "policy");
  }

  private HttpResponse<String> validate(String body) {
    return policy().post("/api/v1/rulesets/validate", body, "application/json");
  }

  @Test
  void theShippedRasVersionIsValidAndItsCasesPass() {
    HttpResponse<String> r =
        validate("{\"area\": \"ras\", \"version\": \"2025-04-01\", \"runCases\": true}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode v = Json.mapper().readTree(r.body());
    assertThat(v.get("valid").asBoolean()).as(r.body()).isTrue();
    assertThat(v.get("errors").asInt()).isZero();
    JsonNode cases = v.get("cases");
    assertThat(cases.get("passed").asBoolean()).as(r.body()).isTrue();
    assertThat(cases.get("failedCount").asInt()).isZero();
    assertThat(cases.get("passedCount").asInt())
        .isEqualTo(cases.get("results").size())
        .isPositive();
    assertThat(cases.get("results").get(0).get("name").asString()).isNotBlank();
    assertThat(cases.get("summary").asString()).startsWith("ras/2025-04-01: ");
  }

  @Test
  void aCouncilValidatesWithoutRunningCasesUnlessAsked() {
    HttpResponse<String> r =
        validate("{\"area\": \"councils/north-shire\", \"version\": \"2024-04-08\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode v = Json.mapper().readTree(r.body());
    assertThat(v.get("valid").asBoolean()).as(r.body()).isTrue();
    assertThat(v.has("cases") && !v.get("cases").isNull()).isFalse();
  }

  @Test
  void aMissingAreaOrVersionIsABadRequestNamingTheFields() {
    HttpResponse<String> r = validate("{\"runCases\": true}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"area\"").contains("\"version\"");
    HttpResponse<String> unknown = validate("{\"area\": \"ras\", \"version\": \"1999-04-01\"}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("1999-04-01");
  }

  @Test
  void theDiffOfTheShippedRasVersionsListsElevenPricesTheFloorAndTheCeiling() {
    HttpResponse<String> r =
        policy().get("/api/v1/rulesets/ras/diff?from=2024-04-01&to=2025-04-01");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode d = Json.mapper().readTree(r.body());
    assertThat(d.get("parameters")).hasSize(13);
    long prices = 0;
    for (JsonNode c : d.get("parameters")) {
      prices += c.get("subject").asString().startsWith("pricePerPoint[") ? 1 : 0;
      assertThat(c.get("kind").asString()).isEqualTo("CHANGED");
    }
    assertThat(prices).isEqualTo(11);
    assertThat(d.get("parameters").toString())
        .contains("\"floor\"", "\"ceiling\"", "£7.20 → £7.50 a week");
    assertThat(d.get("rules")).isEmpty();
    assertThat(d.get("questionnaire")).isEmpty();
    assertThat(d.get("text").asString()).contains("Parameters: 13 changes");
    assertThat(d.has("impact") && !d.get("impact").isNull()).isFalse();
  }

  @Test
  void withACaseloadTheDiffSaysHowManyPeopleChange() throws Exception {
    String lines = Files.readString(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl"));
    HttpResponse<String> kept =
        new Http(port, "finance").post("/api/v1/caseloads", lines, "application/x-ndjson");
    String id = Json.mapper().readTree(kept.body()).get("id").asString();
    HttpResponse<String> r =
        policy().get("/api/v1/rulesets/ras/diff?from=2024-04-01&to=2025-04-01&caseloadId=" + id);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode impact = Json.mapper().readTree(r.body()).get("impact");
    assertThat(impact.get("caseloadId").asString()).isEqualTo(id);
    assertThat(impact.get("lines").asInt()).isEqualTo(500);
    assertThat(impact.get("calculated").asInt()).isPositive();
    assertThat(impact.get("changed").asInt()).isPositive();
    assertThat(impact.get("weeklyNetChange").asString()).doesNotStartWith("-");
    assertThat(impact.get("text").asString()).contains("people change");
  }

  @Test
  void badDiffParametersAreRefused() {
    HttpResponse<String> missing = policy().get("/api/v1/rulesets/ras/diff?from=2024-04-01");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"to\"");
    HttpResponse<String> unknownVersion =
        policy().get("/api/v1/rulesets/ras/diff?from=2024-04-01&to=2030-04-01");
    assertThat(unknownVersion.statusCode()).isEqualTo(404);
    assertThat(unknownVersion.body()).contains("2030-04-01");
    HttpResponse<String> noCaseload =
        policy()
            .get(
                "/api/v1/rulesets/ras/diff?from=2024-04-01&to=2025-04-01&caseloadId="
                    + "0".repeat(64));
    assertThat(noCaseload.statusCode()).isEqualTo(404);
    assertThat(noCaseload.body()).contains("caseload-not-found");
  }
}
