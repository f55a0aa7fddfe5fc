package org.openras.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Anyone signed in reads the served rule sets: the areas, and one version in full; the faults. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleSetEndpointTest {
  @LocalServerPort int port;

  private JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  @Test
  void everyAreaIsListedWithItsVersionsPeriodsAndHashes() {
    JsonNode areas = ok(new Http(port, "assessor").get("/api/v1/rulesets"));
    JsonNode ras = null;
    JsonNode council = null;
    for (JsonNode a : areas) {
      ras = a.get("area").asString().equals("ras") ? a : ras;
      council = a.get("area").asString().equals("councils/north-shire") ? a : council;
    }
    assertThat(ras).isNotNull();
    // 2024-04-01, 2025-04-01 and 2025-04-01-staged, which restates it in named stages
    // (docs/adr/0016): a superseded version is still listed.
    assertThat(ras.get("versions")).hasSize(3);
    JsonNode first = ras.get("versions").get(0);
    assertThat(first.get("version").asString()).isEqualTo("2024-04-01");
    assertThat(first.get("effectiveFrom").asString()).isEqualTo("2024-04-01");
    assertThat(first.get("effectiveTo").asString()).isEqualTo("2025-03-31");
    assertThat(first.get("hash").asString()).hasSize(64);
    assertThat(first.get("title").asString()).isNotBlank();
    assertThat(first.get("references").size()).isPositive();
    assertThat(council.get("pathName").asString()).isEqualTo("councils~north-shire");
  }

  @Test
  void aVersionShowsItsFiguresWithMarkersItsRulesAndItsCases() {
    JsonNode v = ok(new Http(port, "auditor").get("/api/v1/rulesets/ras/2025-04-01"));
    assertThat(v.get("effectiveFrom").asString()).isEqualTo("2025-04-01");
    assertThat(v.get("files").toString()).contains("Ras.drl", "parameters.yaml", "cases/");
    JsonNode floor = null;
    for (JsonNode p : v.get("parameters")) {
      floor = p.get("name").asString().equals("floor") ? p : floor;
    }
    assertThat(floor.get("unit").asString()).isNotBlank();
    assertThat(floor.get("reference").get("title").asString()).isNotBlank();
    JsonNode value = floor.get("values").get(floor.get("values").size() - 1);
    assertThat(value.get("value").asString()).isEqualTo("26.00");
    assertThat(value.get("marker").asString()).isEqualTo("I");
    JsonNode rule = v.get("rules").get(0);
    assertThat(rule.get("id").asString()).isEqualTo("RAS-010");
    assertThat(rule.get("sentence").asString())
        .isEqualTo("Each answer scores the points the questionnaire gives its level");
    assertThat(rule.get("source").asString()).isNotBlank();
    assertThat(rule.get("file").asString()).isEqualTo("Ras.drl");
    assertThat(rule.get("line").asInt()).isEqualTo(14);
    assertThat(v.get("cases").size()).isPositive();
  }

  @Test
  void aCouncilIsReachedWithATildeForItsSlash() {
    JsonNode v =
        ok(new Http(port, "finance").get("/api/v1/rulesets/councils~north-shire/2024-04-08"));
    assertThat(v.get("area").asString()).isEqualTo("councils/north-shire");
    assertThat(v.get("hash").asString()).hasSize(64);
  }

  @Test
  void anUnknownAreaOrVersionIsNotFoundNamingWhatIsServed() {
    HttpResponse<String> area = new Http(port, "policy").get("/api/v1/rulesets/nope/2025-04-01");
    assertThat(area.statusCode()).isEqualTo(404);
    assertThat(area.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = Json.mapper().readTree(area.body());
    assertThat(p.get("type").asString()).isEqualTo("urn:openras:problem:rule-set-not-found");
    assertThat(p.get("detail").asString()).contains("nope").contains("ras");

    HttpResponse<String> version = new Http(port, "policy").get("/api/v1/rulesets/ras/2026-04-01");
    assertThat(version.statusCode()).isEqualTo(404);
    JsonNode q = Json.mapper().readTree(version.body());
    assertThat(q.get("detail").asString()).contains("2026-04-01").contains("2024-04-01");
    assertThat(q.get("versions").toString()).contains("2025-04-01");
  }
}
