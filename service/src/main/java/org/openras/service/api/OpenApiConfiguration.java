package org.openras.service.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.money.Money;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/** The description's header, money as the contract writes it, and {@link SchemaDescriptions}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  static final String MONEY_PATTERN = "^-?\\d{1,12}(\\.\\d{1,2})?$";

  // Money is a string of pounds; a JSON value kept as read (audit, replay) is any JSON.
  static {
    SpringDocUtils.getConfig()
        .replaceWithSchema(
            Money.class,
            new StringSchema()
                .pattern(MONEY_PATTERN)
                .example("164.42")
                .description(SchemaWords.MONEY))
        .replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value."));
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
                        .description(
                            "HTTP Basic. Roles: ASSESSOR calculates and reads records; AUDITOR"
                                + " reads, replays and verifies records; FINANCE and POLICY have"
                                + " their own endpoints."))
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                            "An access token from the council's identity provider, when"
                                + " openras.oidc.issuer-uri is set: issuer, audience, signature"
                                + " and lifetime checked; roles from openras.oidc.role-claim. A"
                                + " refused token gets 401 with a reason (expired, signature,"
                                + " issuer, audience, type, malformed).")))
        .info(
            new Info()
                .title("OpenRAS")
                .version(OpenRasEngine.version())
                .description(
                    "An open, rules-engine based Resource Allocation System for English adult"
                        + " social care. Money is a string of pounds with two decimals (\"164.42\"),"
                        + " dates are yyyy-MM-dd, unknown fields are refused, and errors are RFC"
                        + " 9457 problem details with an errors list of {field, problem}."));
  }

  /** The service's records first: that gives the engine's CalculationResult its own schema. */
  @Bean
  OpenApiCustomizer openRasSchemaDescriptions() {
    return api -> {
      RecordSchemaDescriptions.apply(api);
      SchemaDescriptions.apply(api);
      RefusalResponses.apply(api);
    };
  }
}
