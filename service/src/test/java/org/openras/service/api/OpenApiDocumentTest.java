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

  /**
   * Every multipart part is a file (binary) or text: a part sent as JSON is a string whose
   * contentSchema names its schema, since generated clients write a model part with its toString(),
   * not as JSON (openapi-generator 7.25.0, Java native).
   */
  @Test
  void multipartPartsAreFilesOrText() {
    JsonNode document = document();
    int parts = 0;
    for (JsonNode path : document.get("paths")) {
      for (JsonNode operation : path) {
        JsonNode properties =
            operation.at("/requestBody/content/multipart~1form-data/schema/properties");
        for (String name : properties.propertyNames()) {
          JsonNode part = properties.get(name);
          parts++;
          assertThat(part.path("type").asString()).as(name).isEqualTo("string");
          assertThat(part.has("$ref")).as(name).isFalse();
          if (part.has("contentSchema")) {
            assertThat(part.path("contentMediaType").asString()).isEqualTo("application/json");
            String ref = part.at("/contentSchema/$ref").asString();
            assertThat(
                    document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1)))
                .as(ref)
                .isNotEmpty();
          }
        }
      }
    }
    assertThat(parts).isGreaterThan(3);
    assertThat(
            document
                .at(
                    "/paths/~1api~1v1~1forecasts/post/requestBody/content/multipart~1form-data/schema"
                        + "/properties/request/contentSchema/$ref")
                .asString())
        .endsWith("/ForecastRequest");
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

  /**
   * Money is a string everywhere (issue 20): no number in any schema has a money name (budget,
   * price, cost, amount, spend, income, charge, contribution, fee, payment, pounds).
   */
  @Test
  void noMoneyIsANumber() {
    java.util.List<String> numbers = new java.util.ArrayList<>();
    JsonNode schemas = document().at("/components/schemas");
    for (String name : schemas.propertyNames()) {
      moneyNumbers(schemas.get(name), name, "", numbers);
    }
    assertThat(numbers).as("numbers named as money").isEmpty();
    assertThat(schemas.at("/CalibrationRequest/properties/budget/type").asString())
        .isEqualTo("string");
    assertThat(schemas.at("/CalibrationRequest/properties/budget/pattern").asString())
        .isEqualTo(OpenApiConfiguration.MONEY_PATTERN);
    assertThat(schemas.at("/DirectPaymentDecision/properties/amount/type").asString())
        .isEqualTo("string");
    assertThat(schemas.at("/CalibrationSummary/properties/pricePerPoint/type").asString())
        .isEqualTo("string");
  }

  private static final java.util.regex.Pattern MONEY_NAME =
      java.util.regex.Pattern.compile(
          "(?i).*(budget|price|cost|amount|spend|income|charge|contribution|fee|payment|pounds).*");

  /**
   * Counts whose names hold a money word (people with no budget, people with an actual cost, lines
   * not costed): whole numbers of people or lines, never money.
   */
  private static final java.util.regex.Pattern COUNT_NAME =
      java.util.regex.Pattern.compile("^(people|lines|noBudget).*");

  private static boolean money(String name) {
    return MONEY_NAME.matcher(name).matches() && !COUNT_NAME.matcher(name).matches();
  }

  private static void moneyNumbers(
      JsonNode schema, String path, String name, java.util.List<String> out) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    String type = schema.path("type").asString("");
    if ((type.equals("number") || type.equals("integer")) && money(name)) {
      out.add(path);
    }
    schema
        .path("properties")
        .properties()
        .forEach(e -> moneyNumbers(e.getValue(), path + "." + e.getKey(), e.getKey(), out));
    moneyNumbers(schema.get("items"), path + "[]", name, out);
    moneyNumbers(schema.get("additionalProperties"), path + "{}", name, out);
    schema.path("allOf").forEach(part -> moneyNumbers(part, path, name, out));
  }

  /**
   * One source for refusals (ApiContract's table): every operation declares, as problem details,
   * exactly the refusals the table gives it (those met before its controller runs included), each
   * naming its problem types; and the security requirement is the document's, on every operation.
   */
  @Test
  void everyOperationDeclaresItsRefusalsAndSecurity() {
    JsonNode document = document();
    assertThat(document.at("/security").values())
        .extracting(r -> r.propertyNames().iterator().next())
        .containsExactly("basic", "bearer");
    int checked = 0;
    for (var entry : ApiContract.OPERATIONS.entrySet()) {
      String[] methodAndPath = entry.getKey().split(" ", 2);
      JsonNode op =
          document.at(
              "/paths/"
                  + methodAndPath[1].replace("~", "~0").replace("/", "~1")
                  + "/"
                  + methodAndPath[0].toLowerCase(java.util.Locale.ROOT));
      if (op.isMissingNode()) {
        continue; // a route only some configurations serve
      }
      checked++;
      assertThat(op.has("security")).as(entry.getKey() + " security").isFalse();
      var method = io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(methodAndPath[0]);
      var refusals = ApiContract.refusalsOf(method, op.has("requestBody"), entry.getValue());
      java.util.List<String> declared =
          op.path("responses").propertyNames().stream()
              .filter(code -> code.startsWith("4") || code.startsWith("5"))
              .toList();
      assertThat(declared)
          .as(entry.getKey())
          .containsExactlyInAnyOrderElementsOf(refusals.keySet());
      assertThat(declared).as(entry.getKey()).contains("401", "403", "429");
      refusals.forEach(
          (code, types) -> {
            JsonNode response = op.path("responses").path(code);
            assertThat(response.at("/content/application~1problem+json/schema/$ref").asString(""))
                .as(entry.getKey() + " " + code)
                .endsWith("/ProblemDetail");
            types.forEach(
                t ->
                    assertThat(response.path("description").asString(""))
                        .as(entry.getKey() + " " + code)
                        .contains(ApiContract.uri(t)));
          });
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void closedSetsAreEnums() {
    JsonNode schemas = document().at("/components/schemas");
    assertThat(schemas.at("/CalibrationRequest/properties/method/enum").values())
        .extracting(JsonNode::asString)
        .containsExactly("ratio", "ols", "ols-origin");
    assertThat(schemas.at("/Facs/properties/band/enum").values())
        .extracting(JsonNode::asString)
        .containsExactly("CRITICAL", "SUBSTANTIAL", "MODERATE", "LOW");
    assertThat(schemas.at("/AgreedBudget/properties/primarySupportReason/enum").size())
        .isEqualTo(org.openras.engine.request.PrimarySupportReason.values().length);
    assertThat(schemas.at("/DirectPaymentDecision/properties/decision/enum").values())
        .extracting(JsonNode::asString)
        .containsExactly("RECOVER", "WAIVE", "DEFER");
    assertThat(schemas.at("/ParameterRead/properties/marker/enum").values())
        .extracting(JsonNode::asString)
        .containsExactly("R", "D", "I");
  }

  /**
   * Issue 20: the reports' JSON (scenario, envelope, calibration, forecast) is typed: each report
   * body is a schema of the document, closed (no open object anywhere in it: every object has its
   * properties, or typed values for a map), and every member named as money is a string.
   */
  @Test
  void reportBodiesAreTypedAndTheirMoneyIsText() {
    JsonNode document = document();
    JsonNode schemas = document.at("/components/schemas");
    java.util.Map<String, String> bodies = new java.util.LinkedHashMap<>();
    bodies.put("/api/v1/scenarios/{id}/report", "ScenarioReport EnvelopeReport");
    bodies.put("/api/v1/calibrations/{id}/report", "CalibrationReport");
    bodies.put("/api/v1/calibrations/{id}", "CalibrationReport");
    bodies.put("/api/v1/forecasts/{id}/report", "ForecastReport");
    java.util.Set<String> reached = new java.util.TreeSet<>();
    java.util.List<String> open = new java.util.ArrayList<>();
    java.util.List<String> moneyNotText = new java.util.ArrayList<>();
    bodies.forEach(
        (path, expected) -> {
          JsonNode body =
              document.at(
                  "/paths/"
                      + path.replace("/", "~1")
                      + "/get/responses/200/content/application~1json/schema");
          java.util.List<String> refs = new java.util.ArrayList<>();
          if (body.has("oneOf")) {
            body.get("oneOf").forEach(r -> refs.add(r.path("$ref").asString("")));
          } else {
            refs.add(body.path("$ref").asString(""));
          }
          assertThat(refs)
              .as(path)
              .containsExactlyElementsOf(
                  java.util.Arrays.stream(expected.split(" "))
                      .map(n -> "#/components/schemas/" + n)
                      .toList());
          refs.forEach(r -> reach(schemas, r, reached, open, moneyNotText));
        });
    assertThat(reached)
        .contains(
            "ScenarioReport",
            "ScenarioTotals",
            "EnvelopeReport",
            "CalibrationReport",
            "CalibrationFit",
            "ForecastReport");
    assertThat(open).as("open objects in the reports' JSON").isEmpty();
    assertThat(moneyNotText).as("money in the reports' JSON that is not text").isEmpty();
    assertThat(schemas.at("/CalibrationReport/properties/budgetUsed/type").asString())
        .isEqualTo("string");
    assertThat(schemas.at("/CalibrationFit/properties/pricePerPoint/type").asString())
        .isEqualTo("string");
    assertThat(schemas.at("/CalibrationFit/properties/rSquared/type").asString())
        .isEqualTo("number");
    assertThat(schemas.at("/EnvelopeReport/properties/status/enum").values())
        .extracting(JsonNode::asString)
        .contains("MET", "LEVER_NOT_IN_FORCE");
    assertThat(schemas.at("/CalibrationSpec/properties/method/enum").values())
        .extracting(JsonNode::asString)
        .containsExactly("ratio", "ols", "ols-origin");
  }

  /** Walks a report's schema through its references, noting open objects and money as numbers. */
  private static void reach(
      JsonNode schemas,
      String ref,
      java.util.Set<String> reached,
      java.util.List<String> open,
      java.util.List<String> moneyNotText) {
    String name = ref.substring("#/components/schemas/".length());
    if (!reached.add(name)) {
      return;
    }
    JsonNode schema = schemas.path(name);
    assertThat(schema.isMissingNode()).as(ref).isFalse();
    inline(schemas, schema, name, "", reached, open, moneyNotText);
  }

  private static void inline(
      JsonNode schemas,
      JsonNode schema,
      String path,
      String member,
      java.util.Set<String> reached,
      java.util.List<String> open,
      java.util.List<String> moneyNotText) {
    if (schema.has("$ref")) {
      reach(schemas, schema.get("$ref").asString(), reached, open, moneyNotText);
      return;
    }
    String type = schema.path("type").asString("");
    JsonNode values = schema.get("additionalProperties");
    if (values != null && !values.isObject()) {
      open.add(path + " additionalProperties: " + values);
    }
    if (type.equals("object") || (type.isEmpty() && !schema.has("items"))) {
      if (!schema.has("properties") && (values == null || !values.isObject())) {
        open.add(path);
      }
    }
    if (money(member)
        && !type.equals("string")
        && !type.equals("array")
        && !type.equals("object")) {
      moneyNotText.add(path + " (" + type + ")");
    }
    schema
        .path("properties")
        .properties()
        .forEach(
            e ->
                inline(
                    schemas,
                    e.getValue(),
                    path + "." + e.getKey(),
                    e.getKey(),
                    reached,
                    open,
                    moneyNotText));
    if (schema.get("items") != null) {
      inline(schemas, schema.get("items"), path + "[]", member, reached, open, moneyNotText);
    }
    if (values != null && values.isObject()) {
      inline(schemas, values, path + "{}", member, reached, open, moneyNotText);
    }
  }

  @Test
  void swaggerUiIsServed() {
    assertThat(new Http(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }
}
