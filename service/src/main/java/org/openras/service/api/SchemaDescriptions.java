package org.openras.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Map;

/**
 * Describes the engine's records in the OpenAPI document. The engine stays free of annotations, so
 * the words live here, keyed by schema and property; a test checks that every property named here
 * still exists, so a renamed field cannot leave a stale description behind.
 */
final class SchemaDescriptions {
  static final Map<String, String> SCHEMAS =
      Map.of(
          "CalculationRequest", "One assessment to calculate (DESIGN.md §5, the parts that exist).",
          "PersonDetails", "The person assessed, without a name.",
          "CalculationResult",
              "Everything one calculation produced: figures, versions used, parameters read and"
                  + " the trace of rules that fired.",
          "RasResult",
              "The indicative personal budget and how it was reached (statutory guidance 11.24:"
                  + " the final budget is the cost of a plan that meets the eligible needs).",
          "Reason",
              "One rule that fired: its id, sentence, source and the amounts it read and"
                  + " produced.",
          "RuleSetUsed", "A rule-set version the result used, with its hash and period.",
          "ParameterRead", "A dated parameter value the calculation read, with its reference.");

  static final Map<String, Map<String, String>> PROPERTIES =
      Map.of(
          "CalculationRequest",
          Map.of(
              "personRef",
                  "A pseudonymous reference (letters, digits, '.', '-', '_'): never a name.",
              "assessmentDate", "The date whose rules apply (yyyy-MM-dd), never today's date.",
              "needs",
                  "An answer level for every questionnaire domain, keyed by domain code (e.g."
                      + " \"personal-care\": 3); level 0 where there is no need.",
              "informalSupport",
                  "The share (0 to 1) of a domain's need met by unpaid carers, keyed by domain"
                      + " code; domains left out count as 0.",
              "ruleSetVersions",
                  "Optional: the version to use per area (e.g. \"ras\": \"2025-04-01\"); it must"
                      + " cover the assessment date."),
          "PersonDetails",
          Map.of(
              "dateOfBirth", "yyyy-MM-dd; not after the assessment date.",
              "primarySupportReason",
                  "The national primary support reason (SALT / Client Level Data categories)."),
          "RasResult",
          Map.of(
              "weeklyBudget", "The indicative weekly budget, in pounds.",
              "calculatedWeeklyBudget", "Total points times the price per point, before the floor.",
              "panelReview", "True when the weekly budget is above the ceiling: goes to a panel.",
              "annualBudget", "The weekly budget times the weeks per year."),
          "CalculationResult",
          Map.of(
              "ruleSets", "The rule-set versions used, one per area that ran.",
              "trace", "Every rule that fired, in order.",
              "parameters", "Every parameter value read, with unit, period and reference."));

  private SchemaDescriptions() {}

  static void apply(OpenAPI api) {
    var schemas = api.getComponents().getSchemas();
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
    if (schemas.containsKey("ProblemDetail")) {
      describeProblemDetail(schemas.get("ProblemDetail"));
    }
  }

  /** Problem details carry their extras at the top level; the main one is the field errors. */
  private static void describeProblemDetail(Schema<?> problem) {
    problem.setDescription(
        "RFC 9457 problem detail. 400: errors names every bad field. 422: area, date,"
            + " pinnedVersion and periods (version, from, to) say which rule sets exist; or area,"
            + " version, parameter and date name a missing figure.");
    if (problem.getProperties() != null) {
      problem.getProperties().remove("properties");
    }
    Schema<?> fieldError =
        new ObjectSchema()
            .addProperty(
                "field", new StringSchema().description("JSON path, e.g. needs.personal-care"))
            .addProperty("problem", new StringSchema().description("What is wrong and what to do"));
    problem.addProperty("errors", new ArraySchema().items(fieldError));
  }
}
