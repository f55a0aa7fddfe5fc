package org.openras.service.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import java.util.Map;
import org.openras.service.forecast.ForecastRequest;

/**
 * The shapes springdoc cannot infer, set before the words ({@link ApiDescriptions}) are put in: the
 * calculation response as the engine's result plus the record's id, a difference's two sides as any
 * JSON value, a problem detail's field errors, and the reports' JSON ({@link ReportSchemas}).
 */
final class SchemaShapes {
  private SchemaShapes() {}

  static void apply(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    var schemas = api.getComponents().getSchemas();
    splitResponse(schemas);
    untypeDifferenceValues(schemas);
    problemFieldErrors(schemas.get("ProblemDetail"));
    partSchemas(schemas);
    ReportSchemas.apply(schemas);
  }

  /**
   * The schemas of multipart parts sent as JSON text ({@code contentSchema}: the forecast's {@code
   * request}), which springdoc does not resolve from the annotation: added as it resolves a body's
   * schema. A name already taken by another shape is refused, never replaced.
   */
  static void partSchemas(Map<String, Schema> schemas) {
    ModelConverters.getInstance(true)
        .readAll(new AnnotatedType(ForecastRequest.class).resolveAsRef(true))
        .forEach(
            (name, schema) -> {
              Schema<?> before = schemas.putIfAbsent(name, schema);
              if (before != null && !before.equals(schema)) {
                throw new IllegalStateException(
                    "The part schema " + name + " would replace another schema of the document");
              }
            });
  }

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
    Schema<Object> withId = new ObjectSchema().addProperty("calculationId", id);
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

  /** Problem details carry their extras at the top level; the main one is the field errors. */
  static void problemFieldErrors(Schema<?> problem) {
    if (problem == null) {
      return;
    }
    if (problem.getProperties() != null) {
      problem.getProperties().remove("properties");
    }
    problem.addProperty(
        "errors",
        new ArraySchema()
            .items(
                new ObjectSchema()
                    .addProperty("field", new StringSchema())
                    .addProperty("problem", new StringSchema())));
  }
}
