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

  /**
   * The guard against stale words: every schema, property, code list and request body that {@value
   * ApiDescriptions#RESOURCE} names exists in the document with those words (an entry naming
   * nothing finds no words there and fails).
   */
  @Test
  void everyDescribedPropertyStillExists() {
    JsonNode document = document();
    JsonNode schemas = document.at("/components/schemas");
    ApiDescriptions words = ApiDescriptions.load();
    words.schemas().forEach((name, text) -> described(schemas.path(name), name, text));
    words
        .requestBodies()
        .forEach(
            (operation, text) -> {
              String[] methodAndPath = operation.split(" ", 2);
              String pointer =
                  "/paths/"
                      + methodAndPath[1].replace("~", "~0").replace("/", "~1")
                      + "/"
                      + methodAndPath[0].toLowerCase(java.util.Locale.ROOT)
                      + "/requestBody/description";
              assertThat(document.at(pointer).asString("")).as(operation).isEqualTo(text);
            });
  }

  /** A schema (or inline array items) has the file's words, and so has each property named. */
  private static void described(JsonNode schema, String path, ApiDescriptions.SchemaText text) {
    assertThat(schema.path("description").asString("")).as(path).isEqualTo(text.description());
    JsonNode properties =
        schema.has("allOf") ? schema.at("/allOf/1/properties") : schema.path("properties");
    text.properties()
        .forEach(
            (prop, words) -> {
              JsonNode property = properties.path(prop);
              assertThat(property.path("description").asString(""))
                  .as(path + "." + prop)
                  .startsWith(words.text());
              if (words.codes() != null) {
                JsonNode closed = property.has("items") ? property.path("items") : property;
                assertThat(closed.path("enum").values())
                    .as(path + "." + prop)
                    .extracting(JsonNode::asString)
                    .containsExactlyElementsOf(words.codes());
              }
              if (words.items() != null) {
                described(property.path("items"), path + "." + prop + "[]", words.items());
              }
            });
  }

  @Test
  void moneyAndDatesSayHowTheyAreWritten() {
    JsonNode schemas = document().at("/components/schemas");
    assertThat(
            schemas.at("/ContributionResult/properties/weeklyContribution/description").asString())
        .startsWith("What the person pays a week")
        .endsWith(ApiDescriptions.load().word("money"));
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
