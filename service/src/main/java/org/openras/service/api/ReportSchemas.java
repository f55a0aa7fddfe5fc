package org.openras.service.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.calibration.CalibrationJson;
import org.openras.engine.envelope.EnvelopeReport;
import org.openras.engine.forecast.ForecastReport;
import org.openras.engine.scenario.ScenarioReport;

/**
 * The schemas of the reports' JSON (issue 20), generated from the engine's records that write them
 * (the same swagger-core converters springdoc uses for the rest of the document, money as {@code
 * Money}'s string): the scenario report, the envelope report (its winners and losers are a scenario
 * report), the calibration's fit report ({@link CalibrationJson}) and the forecast report. Set
 * among the shapes, before the words ({@link ApiDescriptions}) describe every member.
 *
 * <p>The engine's nested records have short names ({@code Side}, {@code Range}, {@code Interval})
 * that other schemas of the document use or that clash between reports, so each nested schema is
 * named after its report: the report's prefix and its name ({@code ScenarioSide}), or, where that
 * is taken already, the report's name and its name ({@code ForecastReportPolicyChoice}).
 */
final class ReportSchemas {
  static final String SCENARIO = "ScenarioReport";
  static final String ENVELOPE = "EnvelopeReport";
  static final String CALIBRATION = "CalibrationReport";
  static final String FORECAST = "ForecastReport";

  /** The reports' schema names, in the order they are added. */
  static final List<String> REPORTS = List.of(SCENARIO, ENVELOPE, CALIBRATION, FORECAST);

  private static final String REF = "#/components/schemas/";

  private ReportSchemas() {}

  static void apply(Map<String, Schema> schemas) {
    Map<String, String> scenario =
        add(schemas, ScenarioReport.class, SCENARIO, "Scenario", Map.of());
    add(schemas, EnvelopeReport.class, ENVELOPE, "Envelope", scenario);
    add(schemas, CalibrationJson.class, CALIBRATION, "Calibration", Map.of());
    add(schemas, ForecastReport.class, FORECAST, "Forecast", Map.of());
  }

  /**
   * Adds a report's schemas under its names; {@code known} maps schemas already added (by their
   * converter's name) to the names they were given. Returns this report's names, known included.
   */
  private static Map<String, String> add(
      Map<String, Schema> schemas,
      Class<?> type,
      String name,
      String prefix,
      Map<String, String> known) {
    Map<String, Schema> read =
        ModelConverters.getInstance(true).readAll(new AnnotatedType(type).resolveAsRef(true));
    String root = type.getSimpleName();
    Map<String, String> names = new LinkedHashMap<>(known);
    for (String converted : read.keySet()) {
      if (names.containsKey(converted)) {
        continue;
      }
      String given;
      if (converted.equals(root)) {
        given = name;
      } else {
        given = converted.startsWith(prefix) ? converted : prefix + converted;
        if (schemas.containsKey(given)) {
          given = name + converted;
        }
      }
      if (schemas.containsKey(given)) {
        throw new IllegalStateException(
            "The report schema " + given + " would replace a schema of the document");
      }
      names.put(converted, given);
    }
    for (Map.Entry<String, Schema> e : read.entrySet()) {
      String given = names.get(e.getKey());
      if (known.containsKey(e.getKey())) {
        continue;
      }
      rename(e.getValue(), names);
      schemas.put(given, e.getValue());
    }
    return names;
  }

  /** Points every $ref at the schema's given name. */
  private static void rename(Schema<?> schema, Map<String, String> names) {
    if (schema == null) {
      return;
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> rename(p, names));
    }
    if (schema.get$ref() != null && schema.get$ref().startsWith(REF)) {
      String to = names.get(schema.get$ref().substring(REF.length()));
      if (to != null) {
        schema.set$ref(REF + to);
      }
    }
    rename(schema.getItems(), names);
    if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      rename(values, names);
    }
  }
}
