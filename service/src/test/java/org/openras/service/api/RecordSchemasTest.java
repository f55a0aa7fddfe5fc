package org.openras.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The audit endpoints are in the OpenAPI description, every property of the service's own records
 * is described, and the API says it needs HTTP Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordSchemasTest {
  /** The service's own records (the engine's are checked by EveryFieldDescribedTest). */
  private static final java.util.List<String> RECORDS =
      java.util.List.of(
          "CalculationResponse",
          "CalculationRecord",
          "RecordedRuleSet",
          "ReplayReport",
          "VersionCheck",
          "Difference",
          "ChainVerification",
          "BrokenRecord",
          "Divergence",
          "InclusionProof",
          "CheckpointView");

  @LocalServerPort int port;

  JsonNode document() {
    return Json.mapper().readTree(Http.anonymous(port).get("/v3/api-docs").body());
  }

  @Test
  void everyPropertyOfTheServicesRecordsIsDescribed() {
    JsonNode schemas = document().at("/components/schemas");
    for (String name : RECORDS) {
      JsonNode schema = schemas.get(name);
      assertThat(schema).as(name).isNotNull();
      assertThat(schema.get("description").asString()).as(name).isNotBlank();
      JsonNode properties =
          schema.has("allOf") ? schema.at("/allOf/1/properties") : schema.get("properties");
      for (String property : properties.propertyNames()) {
        assertThat(properties.at("/" + property + "/description").asString(""))
            .as(name + "." + property)
            .isNotBlank();
      }
    }
  }

  @Test
  void theAuditEndpointsAreDescribed() {
    JsonNode paths = document().get("paths");
    assertThat(paths.at("/~1api~1v1~1calculations~1{id}/get/responses").propertyNames())
        .contains("200", "400", "404");
    assertThat(paths.at("/~1api~1v1~1calculations~1{id}~1replay/post/summary").asString())
        .contains("Re-run");
    assertThat(paths.at("/~1api~1v1~1audit~1verify/get/summary").asString())
        .contains("audit chain");
    assertThat(
            paths
                .at(
                    "/~1api~1v1~1calculations/post/responses/200/content/application~1json/schema/$ref")
                .asString())
        .endsWith("/CalculationResponse");
  }

  @Test
  void theResponseIsTheEnginesResultAndTheCalculationId() {
    JsonNode document = document();
    JsonNode response = document.at("/components/schemas/CalculationResponse/allOf");
    assertThat(response.get(0).get("$ref").asString()).endsWith("/CalculationResult");
    assertThat(response.at("/1/properties/calculationId/description").asString())
        .contains("audit record");
    assertThat(document.at("/components/schemas/CalculationResult/properties").propertyNames())
        .contains("ras", "ruleSets", "trace")
        .doesNotContain("calculationId");
  }

  @Test
  void aDifferenceHoldsAnyJsonValueAndNoJacksonInternals() {
    JsonNode schemas = document().at("/components/schemas");
    assertThat(schemas.has("JsonNode")).isFalse();
    assertThat(schemas.at("/Difference/properties/recorded").has("type")).isFalse();
    assertThat(schemas.at("/Difference/properties/now").has("type")).isFalse();
    assertThat(schemas.at("/CalculationRecord/properties/request/type").asString())
        .isEqualTo("object");
  }

  @Test
  void theApiNeedsHttpBasic() {
    JsonNode document = document();
    assertThat(document.at("/components/securitySchemes/basic/scheme").asString())
        .isEqualTo("basic");
    // Once for the whole API (issue 20), not operation by operation.
    assertThat(document.at("/security/0").has("basic")).isTrue();
    assertThat(document.at("/paths/~1api~1v1~1audit~1verify/get").has("security")).isFalse();
    // Or the council's identity provider's token (docs/adr/0018).
    assertThat(document.at("/components/securitySchemes/bearer/bearerFormat").asString())
        .isEqualTo("JWT");
    assertThat(document.at("/security/1").has("bearer")).isTrue();
  }
}
