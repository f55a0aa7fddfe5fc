package org.openras.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Map;

/**
 * The refusals every operation can meet before its controller runs (issue 18), declared on each
 * operation that meets them: 429 on every API path, where HTTP Basic is checked (too many failed
 * sign-ins; the path's basic security requirement is added where an operation lacks it), 403 for a
 * state-changing request from another site's page, 415 where a body is read without its
 * Content-Type. An operation's own description of a code is kept; a missing one is added.
 */
final class RefusalResponses {
  private static final String PROBLEM = "application/problem+json";

  private RefusalResponses() {}

  static void apply(OpenAPI api, ApiDescriptions words) {
    if (api.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      boolean signedIn = path.getKey().startsWith("/api/");
      for (Map.Entry<PathItem.HttpMethod, Operation> e :
          path.getValue().readOperationsMap().entrySet()) {
        Operation op = e.getValue();
        ApiResponses responses = op.getResponses();
        if (responses == null) {
          continue;
        }
        if (signedIn && (op.getSecurity() == null || op.getSecurity().isEmpty())) {
          op.addSecurityItem(new SecurityRequirement().addList("basic"));
        }
        if (signedIn && op.getSecurity().stream().noneMatch(r -> r.containsKey("bearer"))) {
          // Either scheme (docs/adr/0018): the identity provider's token beside HTTP Basic.
          op.addSecurityItem(new SecurityRequirement().addList("bearer"));
        }
        if (signedIn && !responses.containsKey("429")) {
          responses.addApiResponse(
              "429",
              problem(words.response("429"))
                  .addHeaderObject(
                      "Retry-After",
                      new Header()
                          .description(words.response("retryAfter"))
                          .schema(new IntegerSchema())));
        }
        if (e.getKey() != PathItem.HttpMethod.GET && e.getKey() != PathItem.HttpMethod.HEAD) {
          String crossSite = words.response("403");
          ApiResponse forbidden = responses.get("403");
          if (forbidden == null) {
            responses.addApiResponse("403", problem(crossSite));
          } else if (forbidden.getDescription() != null
              && !forbidden.getDescription().contains("Origin")) {
            forbidden.setDescription(forbidden.getDescription() + "; or: " + crossSite);
          }
          if (op.getRequestBody() != null && !responses.containsKey("415")) {
            responses.addApiResponse("415", problem(words.response("415")));
          }
        }
      }
    }
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    PROBLEM,
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
  }
}
