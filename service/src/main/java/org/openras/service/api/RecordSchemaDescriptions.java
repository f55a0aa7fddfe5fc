package org.openras.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * Describes the service's own records in the OpenAPI document: the calculation response, the audit
 * record, the replay report and the chain check (the engine's records are in {@link
 * SchemaDescriptions}). A test checks that every property of these schemas is described here.
 */
final class RecordSchemaDescriptions {
  static final Map<String, String> SCHEMAS =
      Map.of(
          "CalculationResponse",
          "The result of one calculation, with the id of the audit record that holds it.",
          "CalculationRecord",
          "The audit record of one calculation: who asked and when, exactly what was asked and"
              + " answered, with which rules, and its place in the hash chain (DESIGN.md §6).",
          "RecordedRuleSet",
          "A rule-set version a recorded calculation used.",
          "ReplayReport",
          "What re-running a recorded calculation on its recorded versions found.",
          "VersionCheck",
          "A recorded rule-set version and whether its files still have the recorded hash.",
          "Difference",
          "One place where the replayed result differs from the recorded one.",
          "ChainVerification",
          "The outcome of checking the audit chain end to end.",
          "BrokenRecord",
          "The first audit record that fails verification, and what is wrong with it.");

  static final Map<String, Map<String, String>> PROPERTIES =
      Map.of(
          "CalculationRecord",
          RecordFields.AUDIT_RECORD,
          "RecordedRuleSet",
          RecordFields.RULE_SET,
          "ReplayReport",
          RecordFields.REPLAY,
          "VersionCheck",
          RecordFields.VERSION_CHECK,
          "Difference",
          RecordFields.DIFFERENCE,
          "ChainVerification",
          RecordFields.VERIFICATION,
          "BrokenRecord",
          RecordFields.BROKEN);

  static final String CALCULATION_ID =
      "The id of this calculation's audit record (GET /api/v1/calculations/{id}).";

  private RecordSchemaDescriptions() {}

  /**
   * The response is the engine's result with calculationId added (JSON-unwrapped), which springdoc
   * flattens into one schema; say it as allOf the engine's CalculationResult and the id, so the
   * result keeps its own schema and descriptions.
   */
  static void splitResponse(Map<String, Schema> schemas) {
    Schema<?> response = schemas.get("CalculationResponse");
    if (response == null || response.getProperties() == null) {
      return;
    }
    Schema<?> id = response.getProperties().get("calculationId");
    Schema<Object> result = new ObjectSchema();
    response
        .getProperties()
        .forEach(
            (name, p) -> {
              if (!name.equals("calculationId")) {
                result.addProperty(name, p);
              }
            });
    schemas.putIfAbsent("CalculationResult", result);
    Schema<Object> withId =
        new ObjectSchema().addProperty("calculationId", id.description(CALCULATION_ID));
    withId.setRequired(List.of("calculationId"));
    schemas.put(
        "CalculationResponse",
        new ComposedSchema()
            .addAllOfItem(new Schema<>().$ref("#/components/schemas/CalculationResult"))
            .addAllOfItem(withId));
  }

  /** A difference's two sides are any JSON value at the path: a number, a string, an object... */
  static void untypeDifferenceValues(Map<String, Schema> schemas) {
    Schema<?> difference = schemas.get("Difference");
    if (difference == null || difference.getProperties() == null) {
      return;
    }
    for (String side : List.of("recorded", "now")) {
      Schema<?> value = difference.getProperties().get(side);
      if (value != null) {
        value.setType(null);
        value.setTypes(null);
      }
    }
  }

  static void apply(OpenAPI api) {
    var schemas = api.getComponents().getSchemas();
    splitResponse(schemas);
    untypeDifferenceValues(schemas);
    SCHEMAS.forEach(
        (name, text) -> {
          if (schemas.containsKey(name)) {
            schemas.get(name).setDescription(text);
          }
        });
    PROPERTIES.forEach(
        (name, props) -> {
          Schema<?> schema = schemas.get(name);
          if (schema != null && schema.getProperties() != null) {
            props.forEach(
                (prop, text) -> {
                  if (schema.getProperties().containsKey(prop)) {
                    schema.getProperties().get(prop).setDescription(text);
                  }
                });
          }
        });
  }
}
