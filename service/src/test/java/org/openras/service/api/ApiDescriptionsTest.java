package org.openras.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.junit.jupiter.api.Test;

/**
 * The words file is read strictly (a malformed entry stops the service at start, naming where), and
 * applying it names every entry that matches nothing in the document.
 */
class ApiDescriptionsTest {
  private static final String HEAD =
      """
      document: {description: "The API.", basicAuth: "HTTP Basic.", bearerAuth: "A token."}
      words: {money: "Pounds.", date: "A date, yyyy-MM-dd.", anyJson: "Any JSON value."}
      codeLists: {limbs: [A, B]}
      requestBodies: {}
      responses: {"429": "Too many.", retryAfter: "Seconds.", "403": "Other site.", "415": "Type."}
      shared: {}
      """;

  private static ApiDescriptions read(String schemas) {
    return ApiDescriptions.read(HEAD + "schemas:\n" + schemas);
  }

  private static OpenAPI document() {
    Schema<?> outcome =
        new ObjectSchema()
            .addProperty("limbs", new StringSchema())
            .addProperty("date", new StringSchema().format("date"));
    return new OpenAPI().components(new Components().addSchemas("Outcome", outcome));
  }

  @Test
  void theServicesFileIsReadAndItsPlaceholdersFilled() {
    ApiDescriptions words = ApiDescriptions.load();
    assertThat(words.schemas()).containsKeys("CalculationRequest", "RasResult", "ProblemDetail");
    assertThat(words.schemas().get("PersonDetails").properties().get("primarySupportReason").text())
        .contains("PHYSICAL_PERSONAL_CARE (")
        .doesNotContain("${");
    assertThat(words.schemas().get("RuleSetDetail").properties())
        .containsKeys("state", "supersededBy");
  }

  @Test
  void wordsAreAppliedWithCodesAndPlaceholders() {
    OpenAPI api = document();
    ApiDescriptions words =
        read(
            """
              Outcome:
                description: An outcome.
                properties:
                  limbs: {description: "Limbs: ${limbs}.", enum: [A, B]}
                  date: The day.
            """);
    assertThat(words.apply(api)).isEmpty();
    Schema<?> outcome = api.getComponents().getSchemas().get("Outcome");
    assertThat(outcome.getDescription()).isEqualTo("An outcome.");
    Schema<?> limbs = outcome.getProperties().get("limbs");
    assertThat(limbs.getDescription()).isEqualTo("Limbs: A, B.");
    assertThat(String.valueOf(limbs.getEnum())).isEqualTo("[A, B]");
    assertThat(outcome.getProperties().get("date").getDescription())
        .isEqualTo("The day. A date, yyyy-MM-dd.");
  }

  @Test
  void anEntryNamingNothingIsReported() {
    OpenAPI api = document();
    ApiDescriptions words =
        read(
            """
              Outcome:
                description: An outcome.
                properties: {limbs: Limbs., renamed: Gone.}
              Vanished:
                description: A schema the API no longer has.
            """);
    assertThat(words.apply(api)).containsExactly("Outcome.renamed", "Vanished");
  }

  @Test
  void aPropertyTheFileLeavesOutStaysWithoutWords() {
    OpenAPI api = document();
    read("""
              Outcome:
                description: An outcome.
                properties: {limbs: Limbs.}
            """)
        .apply(api);
    Schema<?> outcome = api.getComponents().getSchemas().get("Outcome");
    assertThat(outcome.getProperties().get("date").getDescription()).isNull();
  }

  @Test
  void aMalformedFileIsRefusedNamingWhere() {
    assertThatThrownBy(() -> read("  Outcome: {descripton: Typo.}\n"))
        .hasMessageContaining("schemas.Outcome has an unknown key descripton");
    assertThatThrownBy(() -> read("  Outcome: {description: \"  \"}\n"))
        .hasMessageContaining("schemas.Outcome.description must be words, not blank");
    assertThatThrownBy(() -> read("  Outcome: {properties: {limbs: Limbs.}}\n"))
        .hasMessageContaining("schemas.Outcome has no description");
    assertThatThrownBy(
            () -> read("  Outcome: {description: A., properties: {limbs: \"${nothing}\"}}\n"))
        .hasMessageContaining("schemas.Outcome.properties.limbs names an unknown placeholder");
    assertThatThrownBy(() -> read("  Outcome: {description: A., include: [absent]}\n"))
        .hasMessageContaining("names no group under shared: absent");
    assertThatThrownBy(() -> read("  Outcome: {description: A.}\n  Outcome: {description: B.}\n"))
        .hasMessageContaining("Outcome");
    assertThatThrownBy(
            () ->
                ApiDescriptions.read(
                    HEAD.replace("anyJson: \"Any JSON value.\"", "") + "schemas: {}\n"))
        .hasMessageContaining("words has no anyJson");
    assertThatThrownBy(() -> ApiDescriptions.read(HEAD + "schemas: {}\nextra: {}\n"))
        .hasMessageContaining("the file has an unknown key extra");
  }
}
