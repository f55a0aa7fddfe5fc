package org.openras.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import java.util.Map;

/**
 * Describes the engine's records in the OpenAPI document. The engine stays free of annotations, so
 * the words live here, one class per part of the contract ({@link #PARTS}), keyed by schema and
 * property; a test checks that every property named still exists, so a renamed field cannot leave a
 * stale description behind, and another that no property is left without words.
 */
final class SchemaDescriptions {
  static final List<SchemaWords> PARTS =
      List.of(
          RequestSchemaDescriptions.WORDS,
          FinancesSchemaDescriptions.WORDS,
          EligibilityRequestSchemaDescriptions.WORDS,
          ResultSchemaDescriptions.WORDS,
          EligibilityResultSchemaDescriptions.WORDS,
          RasSchemaDescriptions.WORDS,
          ContributionSchemaDescriptions.WORDS,
          ScenarioSchemaDescriptions.WORDS,
          CalibrationSchemaDescriptions.WORDS,
          RuleSetSchemaDescriptions.WORDS,
          PublicationSchemaDescriptions.WORDS,
          UpratingSchemaDescriptions.WORDS,
          SourcesSchemaDescriptions.WORDS);

  /** Request bodies, by "METHOD path". */
  static final Map<String, String> REQUEST_BODIES =
      Map.of(
          "POST /api/v1/calculations",
          "One assessment: the pseudonymous person, the assessment date and the inputs of each area"
              + " to run (DESIGN.md §5). Unknown fields are refused.",
          "POST /api/v1/scenarios",
          "The caseload, baseline and candidate of a scenario (DESIGN.md §4). Unknown fields are"
              + " refused.",
          "POST /api/v1/calibrations",
          "The cohort, method and options of a calibration; unknown fields are refused.",
          "POST /api/v1/caseloads",
          "JSON Lines: one {\"request\": <calculation request>, \"actualWeeklyCost\": \"312.40\"}"
              + " per line, up to openras.http.max-caseload-size (512 MB by default); or a"
              + " council's CSV export as multipart/form-data, the parts csv and mapping, within"
              + " the same limit.");

  private SchemaDescriptions() {}

  static void apply(OpenAPI api) {
    var schemas = api.getComponents().getSchemas();
    PARTS.forEach(part -> part.apply(schemas));
    if (schemas.containsKey("ProblemDetail")) {
      describeProblemDetail(schemas.get("ProblemDetail"));
    }
    describeRequestBodies(api);
  }

  private static void describeRequestBodies(OpenAPI api) {
    if (api.getPaths() == null) {
      return;
    }
    REQUEST_BODIES.forEach(
        (operation, text) -> {
          String[] methodAndPath = operation.split(" ", 2);
          PathItem item = api.getPaths().get(methodAndPath[1]);
          Operation op =
              item == null
                  ? null
                  : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(methodAndPath[0]));
          if (op != null && op.getRequestBody() != null) {
            op.getRequestBody().setDescription(text);
          }
        });
  }

  /** Problem details carry their extras at the top level; the main one is the field errors. */
  private static void describeProblemDetail(Schema<?> problem) {
    problem.setDescription(
        "RFC 9457 problem detail. 400: errors names every bad field. 422: area, date,"
            + " pinnedVersion and periods (version, from, to) say which rule sets exist; or area,"
            + " version, parameter and date name a missing figure; or, for a CSV export not kept as"
            + " a caseload, errors names each problem by part, line and column, with rowsRead,"
            + " rowsRejected and problemCount.");
    Map<String, Schema> properties = problem.getProperties();
    if (properties != null) {
      properties.remove("properties");
      describe(
          properties, "type", "The kind of problem, a stable URI: urn:openras:problem:<slug>.");
      describe(properties, "title", "The kind of problem in words.");
      describe(properties, "status", "The HTTP status code.");
      describe(properties, "detail", "What went wrong in this request, and what to do.");
      describe(
          properties,
          "instance",
          "A URI for this occurrence of the problem, such as the request path, when given.");
    }
    Schema<?> fieldError =
        new ObjectSchema()
            .description("One bad field and its problem.")
            .addProperty(
                "field",
                new StringSchema()
                    .description("The field, as a JSON path, e.g. needs.personal-care."))
            .addProperty(
                "problem",
                new StringSchema().description("What is wrong and what to do about it."));
    problem.addProperty(
        "errors",
        new ArraySchema()
            .items(fieldError)
            .description(
                "400: every bad field, not just the first; 422 for a CSV export not kept as a"
                    + " caseload: its problems (field \"csv line 4, column Date_of_Birth\")."));
  }

  private static void describe(Map<String, Schema> properties, String name, String text) {
    if (properties.containsKey(name)) {
      properties.get(name).setDescription(text);
    }
  }
}
