package org.openras.service.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A finance officer calibrates the RAS over HTTP: a fit, its report, a draft; and the faults. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalibrationEndpointTest {
  @LocalServerPort int port;
  String cohortId;

  private Http finance() {
    return new Http(port, "finance");
  }

  @BeforeEach
  void aKeptCohort() throws Exception {
    String lines = Files.readString(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl"));
    HttpResponse<String> kept = finance().post("/api/v1/caseloads", lines, "application/x-ndjson");
    cohortId = Json.mapper().readTree(kept.body()).get("id").asString();
  }

  private HttpResponse<String> calibrate(String options) {
    return finance()
        .post(
            "/api/v1/calibrations",
            "{\"cohortId\": \"" + cohortId + "\", " + options + "}",
            "application/json");
  }

  @Test
  void aRatioFitWritesADraftWhoseCasesPass() {
    HttpResponse<String> done =
        calibrate("\"method\": \"ratio\", \"draftVersion\": \"2026-04-01\"");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
    JsonNode summary = Json.mapper().readTree(done.body());
    assertThat(new java.math.BigDecimal(summary.get("pricePerPoint").asString())).isPositive();
    assertThat(summary.get("peopleFitted").asInt()).isPositive();
    assertThat(summary.get("draftVersion").asString()).isEqualTo("2026-04-01");
    assertThat(summary.get("draftCasesPassed").asBoolean()).isTrue();
    String id = summary.get("id").asString();
    assertThat(finance().get("/api/v1/calibrations/" + id + "/report?format=html").body())
        .contains("<svg");
    assertThat(finance().get("/api/v1/calibrations/" + id).statusCode()).isEqualTo(200);
    // The fit report's money is text, its statistics numbers, and it sends no nulls (issue 20).
    HttpResponse<String> report =
        finance().get("/api/v1/calibrations/" + id + "/report?format=json");
    JsonNode fit = Json.mapper().readTree(report.body());
    assertThat(fit.get("budgetUsed").isString()).isTrue();
    assertThat(fit.at("/overall/pricePerPoint").asString())
        .isEqualTo(summary.get("pricePerPoint").asString());
    assertThat(fit.at("/overall/rSquared").isNumber()).isTrue();
    assertThat(fit.at("/spec/method").asString()).isEqualTo("ratio");
    assertThat(report.body()).doesNotContain("null");
  }

  @Test
  void aGroupTooSmallToFitIsRefusedSayingWhichGroup() {
    HttpResponse<String> refused = calibrate("\"method\": \"ratio\", \"byGroup\": true");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("SOCIAL_ASYLUM_SEEKER");
  }

  @Test
  void anInterceptFitCannotBeADraftAndSaysWhy() {
    HttpResponse<String> refused =
        calibrate("\"method\": \"ols\", \"draftVersion\": \"2026-04-01\"");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void badOptionsAreRefusedNamingTheField() {
    HttpResponse<String> method = calibrate("\"method\": \"median\"");
    assertThat(method.statusCode()).isEqualTo(400);
    assertThat(method.body()).contains("\"field\":\"method\"");
    assertThat(finance().get("/api/v1/calibrations/not-an-id").statusCode()).isEqualTo(404);
    assertThat(
            new Http(port, "assessor")
                .post("/api/v1/calibrations", "{}", "application/json")
                .statusCode())
        .isEqualTo(403);
  }
}
