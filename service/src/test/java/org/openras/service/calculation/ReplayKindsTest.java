package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Two kinds of replay: as decided then, and under the rules in force then as known today. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplayKindsTest {
  @LocalServerPort int port;

  private String calculate() {
    return Json.mapper()
        .readTree(new Http(port, "assessor").postJson(Seeds.first()).body())
        .get("calculationId")
        .asString();
  }

  private JsonNode replay(String id, String rules) {
    HttpResponse<String> r =
        new Http(port, "auditor")
            .postEmpty("/api/v1/calculations/" + id + "/replay?rules=" + rules);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  @Test
  void bothKindsReproduceAResultWhenNoRuleHasBeenCorrected() {
    String id = calculate();
    JsonNode asDecided = replay(id, "recorded");
    JsonNode asKnownToday = replay(id, "current");
    assertThat(asDecided.get("rules").asString()).isEqualTo("recorded");
    assertThat(asKnownToday.get("rules").asString()).isEqualTo("current");
    assertThat(asDecided.get("identical").asBoolean()).isTrue();
    assertThat(asKnownToday.get("identical").asBoolean()).isTrue();
  }

  @Test
  void anUnknownKindOfReplayIsRefusedNamingTheParameter() {
    String id = calculate();
    HttpResponse<String> r =
        new Http(port, "auditor")
            .postEmpty("/api/v1/calculations/" + id + "/replay?rules=tomorrow");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"rules\"");
  }
}
