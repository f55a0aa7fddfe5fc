package org.openras.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6 item 6: every field of the OpenAPI description is described. Walks every schema and every
 * property (into nested inline schemas, array items and map values), every operation parameter and
 * request body, and lists every one without a description, so a new field without words fails the
 * build with its path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryFieldDescribedTest {
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

  @LocalServerPort int port;

  private JsonNode document() {
    var response = new Http(port).get("/v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  @Test
  void everySchemaAndPropertyIsDescribed() {
    assertThat(undescribed(document()))
        .as("schemas and properties without a description")
        .isEmpty();
  }

  /**
   * The guard still bites now that the words are a file: a property whose entry is taken out of
   * {@value ApiDescriptions#RESOURCE} (here its words taken out of the served document, which is
   * where the file's words end up) is named by its path.
   */
  @Test
  void aPropertyWithoutWordsIsNamed() {
    JsonNode document = document();
    ((tools.jackson.databind.node.ObjectNode)
            document.at("/components/schemas/RasResult/properties/weeklyBudget"))
        .remove("description");
    assertThat(undescribed(document)).containsExactly("RasResult.weeklyBudget");
  }

  /** Every schema and property (nested, array items, map values) of the document without words. */
  private static List<String> undescribed(JsonNode document) {
    List<String> missing = new ArrayList<>();
    JsonNode schemas = document.at("/components/schemas");
    for (String name : schemas.propertyNames()) {
      JsonNode schema = schemas.get(name);
      if (!described(schema)) {
        missing.add(name);
      }
      walk(schema, name, missing);
    }
    return missing;
  }

  @Test
  void everyParameterAndRequestBodyIsDescribed() {
    List<String> missing = new ArrayList<>();
    JsonNode paths = document().get("paths");
    for (String path : paths.propertyNames()) {
      for (String method : METHODS) {
        JsonNode operation = paths.at("/" + pointer(path) + "/" + method);
        if (operation.isMissingNode()) {
          continue;
        }
        String where = method.toUpperCase() + " " + path;
        for (JsonNode parameter : operation.path("parameters")) {
          if (!described(parameter)) {
            missing.add(where + " parameter " + parameter.path("name").asString());
          }
        }
        if (operation.has("requestBody") && !described(operation.get("requestBody"))) {
          missing.add(where + " request body");
        }
      }
    }
    assertThat(missing).as("parameters and request bodies without a description").isEmpty();
  }

  /** Enumerated codes the engine types as strings say their codes in the description. */
  @Test
  void codedFieldsListTheirCodes() {
    JsonNode schemas = document().at("/components/schemas");
    assertThat(schemas.at("/PersonDetails/properties/primarySupportReason/enum").size())
        .isEqualTo(11);
    assertThat(schemas.at("/Household/properties/type/enum").toString())
        .contains("SINGLE", "LONE_PARENT", "COUPLE");
    assertThat(schemas.at("/OutcomeRecord/properties/limbs/description").asString())
        .contains("WITHOUT_ASSISTANCE", "TAKES_SIGNIFICANTLY_LONGER", "criteria.yaml");
    assertThat(schemas.at("/RasResult/properties/basis/enum").toString())
        .contains("ELIGIBLE", "NOT_ELIGIBLE_SHOWN_ON_REQUEST", "ELIGIBILITY_NOT_ASSESSED");
    assertThat(schemas.at("/EligibilityResult/properties/framework/enum").toString())
        .contains("CARE_ACT_2014", "FACS");
  }

  /** Walks the properties, array items and map values of a schema, naming each by its path. */
  private static void walk(JsonNode schema, String path, List<String> missing) {
    JsonNode properties = schema.path("properties");
    for (String name : properties.propertyNames()) {
      JsonNode property = properties.get(name);
      String where = path + "." + name;
      if (!described(property) || onlyTheMoneyFormat(property)) {
        missing.add(where);
      }
      walk(property, where, missing);
    }
    if (schema.path("items").isObject()) {
      walkInline(schema.get("items"), path + "[]", missing);
    }
    if (schema.path("additionalProperties").isObject()) {
      walkInline(schema.get("additionalProperties"), path + "{}", missing);
    }
    for (String composition : List.of("allOf", "oneOf", "anyOf")) {
      int i = 0;
      for (JsonNode part : schema.path(composition)) {
        walk(part, path + "." + composition + "[" + i++ + "]", missing);
      }
    }
  }

  /** An inline object (not a $ref) inside an array or map needs its own words. */
  private static void walkInline(JsonNode schema, String path, List<String> missing) {
    if (schema.has("properties") && !described(schema)) {
      missing.add(path);
    }
    walk(schema, path, missing);
  }

  private static boolean described(JsonNode node) {
    return !node.path("description").asString("").isBlank();
  }

  /** A money property with only the generic words says how it is written, not what it is. */
  private static boolean onlyTheMoneyFormat(JsonNode property) {
    return property
        .path("description")
        .asString("")
        .equals(OpenApiConfiguration.WORDS.word("money"));
  }

  private static String pointer(String path) {
    return path.replace("~", "~0").replace("/", "~1");
  }
}
