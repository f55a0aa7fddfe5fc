package org.openras.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description is served and describes the calculation endpoint and its records. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {
  @LocalServerPort int port;

  private JsonNode document() {
    HttpResponse<String> response = new Http(port).get("/v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  @Test
  void theCalculationEndpointIsDescribed() {
    JsonNode post = document().at("/paths/~1api~1v1~1calculations/post");
    assertThat(post.get("summary").asString()).contains("indicative personal budget");
    assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asString())
        .endsWith("/CalculationRequest");
    assertThat(post.at("/responses/200/content/application~1json/schema/$ref").asString())
        .endsWith("/CalculationResponse");
    assertThat(document().at("/components/schemas/CalculationResponse/allOf/0/$ref").asString())
        .endsWith("/CalculationResult");
    assertThat(post.at("/responses").propertyNames()).contains("400", "415", "422");
  }

  @Test
  void moneyIsAStringOfPounds() {
    JsonNode budget = document().at("/components/schemas/RasResult/properties/weeklyBudget");
    assertThat(budget.get("type").asString()).isEqualTo("string");
    assertThat(budget.get("example").asString()).isEqualTo("164.42");
  }

  /** The guard against stale words: every schema, property and code list named still exists. */
  @Test
  void everyDescribedPropertyStillExists() {
    JsonNode schemas = document().at("/components/schemas");
    for (SchemaWords part : SchemaDescriptions.PARTS) {
      part.schemas()
          .forEach(
              (schema, text) ->
                  assertThat(schemas.at("/" + schema + "/description").asString(""))
                      .as(schema)
                      .isEqualTo(text));
      part.properties()
          .forEach(
              (schema, props) ->
                  props.forEach(
                      (prop, text) ->
                          assertThat(
                                  schemas
                                      .at("/" + schema + "/properties/" + prop + "/description")
                                      .asString(""))
                              .as(schema + "." + prop)
                              .startsWith(text)));
      part.codes()
          .forEach(
              (schema, props) ->
                  props.forEach(
                      (prop, codes) ->
                          assertThat(
                                  schemas
                                      .at("/" + schema + "/properties/" + prop + "/enum")
                                      .values())
                              .as(schema + "." + prop)
                              .extracting(JsonNode::asString)
                              .containsExactlyElementsOf(codes)));
    }
  }

  @Test
  void moneyAndDatesSayHowTheyAreWritten() {
    JsonNode schemas = document().at("/components/schemas");
    assertThat(
            schemas.at("/ContributionResult/properties/weeklyContribution/description").asString())
        .startsWith("What the person pays a week")
        .endsWith(SchemaWords.MONEY);
    assertThat(schemas.at("/RuleSetUsed/properties/effectiveFrom/description").asString())
        .contains("yyyy-MM-dd");
    assertThat(schemas.at("/ParameterRead/properties/valueEffectiveFrom/description").asString())
        .contains("yyyy-MM-dd");
  }

  @Test
  void theCalculationRequestBodyIsDescribed() {
    assertThat(
            document()
                .at("/paths/~1api~1v1~1calculations/post/requestBody/description")
                .asString(""))
        .contains("assessment date");
  }

  @Test
  void problemDetailsListTheirFieldErrors() {
    JsonNode problem = document().at("/components/schemas/ProblemDetail/properties");
    assertThat(problem.has("errors")).isTrue();
    assertThat(problem.has("properties")).isFalse();
  }

  @Test
  void swaggerUiIsServed() {
    assertThat(new Http(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }
}
