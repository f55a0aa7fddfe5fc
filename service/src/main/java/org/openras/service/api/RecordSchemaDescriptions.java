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
      Map.ofEntries(
          Map.entry(
              "CalculationResponse",
              "The result of one calculation, with the id of the audit record that holds it."),
          Map.entry(
              "CalculationRecord",
              "The audit record of one calculation: who asked and when, exactly what was asked and"
                  + " answered, with which rules, and its place in the hash chain (DESIGN.md §6)."),
          Map.entry("RecordedRuleSet", "A rule-set version a recorded calculation used."),
          Map.entry(
              "ReplayReport",
              "What re-running a recorded calculation on its recorded versions found."),
          Map.entry(
              "VersionCheck",
              "A recorded rule-set version and whether its files still have the recorded hash."),
          Map.entry(
              "Difference", "One place where the replayed result differs from the recorded one."),
          Map.entry("ChainVerification", "The outcome of checking the audit chain end to end."),
          Map.entry(
              "BrokenRecord",
              "The first audit record that fails verification, and what is wrong with it."),
          Map.entry(
              "Divergence", "The first signed checkpoint the audit records do not match, and how."),
          Map.entry(
              "InclusionProof",
              "That one audit record is in the log a signed checkpoint commits to (RFC 9162"
                  + " §2.1.3): check it with verify-proof, the public key and the checkpoint file."),
          Map.entry(
              "CheckpointView",
              "A signed checkpoint of the audit log: its tree size and root, signed with the log's"
                  + " key."));

  static final Map<String, Map<String, String>> PROPERTIES =
      Map.ofEntries(
          Map.entry("CalculationRecord", RecordFields.AUDIT_RECORD),
          Map.entry("RecordedRuleSet", RecordFields.RULE_SET),
          Map.entry("ReplayReport", RecordFields.REPLAY),
          Map.entry("VersionCheck", RecordFields.VERSION_CHECK),
          Map.entry("Difference", RecordFields.DIFFERENCE),
          Map.entry("ChainVerification", RecordFields.VERIFICATION),
          Map.entry("BrokenRecord", RecordFields.BROKEN),
          Map.entry("Divergence", RecordFields.DIVERGENCE),
          Map.entry("InclusionProof", RecordFields.PROOF),
          Map.entry("CheckpointView", RecordFields.CHECKPOINT));

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
