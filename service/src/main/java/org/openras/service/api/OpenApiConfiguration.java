package org.openras.service.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The description's header, money as the contract writes it, and the words of {@link
 * ApiDescriptions}, read once from {@value ApiDescriptions#RESOURCE} when this class is loaded.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  static final String MONEY_PATTERN = "^-?\\d{1,12}(\\.\\d{1,2})?$";

  private static final Logger LOG = LoggerFactory.getLogger(OpenApiConfiguration.class);

  /** The words, read once; a malformed file stops the service from starting. */
  static final ApiDescriptions WORDS = ApiDescriptions.load();

  // Money is a string of pounds; a JSON value kept as read (audit, replay) is any JSON.
  static {
    SpringDocUtils.getConfig()
        .replaceWithSchema(
            Money.class,
            new StringSchema()
                .pattern(MONEY_PATTERN)
                .example("164.42")
                .description(WORDS.word("money")))
        .replaceWithSchema(JsonNode.class, new Schema<>().description(WORDS.word("anyJson")));
  }

  @Bean
  OpenAPI openRasOpenApi() {
    return new OpenAPI()
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description(WORDS.document("basicAuth")))
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(WORDS.document("bearerAuth"))))
        .info(
            new Info()
                .title("OpenRAS")
                .version(OpenRasEngine.version())
                .description(WORDS.document("description")));
  }

  @Bean
  ApiDescriptions apiDescriptions() {
    return WORDS;
  }

  /**
   * The shapes first (that gives the engine's CalculationResult its own schema), then the words; an
   * entry that names nothing in the document is logged, and a test refuses it.
   */
  @Bean
  OpenApiCustomizer openRasSchemaDescriptions(ApiDescriptions words) {
    return api -> {
      SchemaShapes.apply(api);
      List<String> unmatched = words.apply(api);
      if (!unmatched.isEmpty()) {
        LOG.warn("{} names what the API does not have: {}", ApiDescriptions.RESOURCE, unmatched);
      }
      IdempotencyResponses.apply(api, words);
      ApiContract.apply(api, words);
    };
  }
}
