package org.openras.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.openras.service.idempotency.IdempotencyKeyHeader;
import org.openras.service.idempotency.IdempotentOperations;

/**
 * The {@code Idempotency-Key} header (docs/adr/0022) on the operations that take it: the header
 * parameter, {@code Idempotent-Replayed} on their success answers, and the refusals it brings (400
 * a bad key, 409 in flight, 422 reused). An operation's own description of a code is kept and the
 * key's reason added to it.
 */
final class IdempotencyResponses {
  private static final String PROBLEM = "application/problem+json";

  private IdempotencyResponses() {}

  static void apply(OpenAPI api, ApiDescriptions words) {
    if (api.getPaths() == null) {
      return;
    }
    for (IdempotentOperations.Operation op : IdempotentOperations.ALL) {
      PathItem item = api.getPaths().get(op.path());
      Operation operation =
          item == null
              ? null
              : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(op.method()));
      if (operation == null || operation.getResponses() == null) {
        continue;
      }
      operation.addParametersItem(
          new HeaderParameter()
              .name(IdempotencyKeyHeader.NAME)
              .required(false)
              .description(words.idempotency("header"))
              .schema(
                  new StringSchema()
                      .minLength(1)
                      .maxLength(255)
                      .pattern("^[\\x20-\\x7E]+$")
                      .example("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")));
      ApiResponses responses = operation.getResponses();
      for (Map.Entry<String, ApiResponse> r : responses.entrySet()) {
        if (r.getKey().startsWith("2")) {
          r.getValue()
              .addHeaderObject(
                  IdempotencyKeyHeader.REPLAYED,
                  new Header()
                      .description(words.idempotency("replayed"))
                      .schema(new StringSchema()._enum(List.of("true"))));
        }
      }
      refusal(responses, "400", words.idempotency("400"));
      // Retry-After is sent with the key's 409 only; an operation's own 409 is without it.
      boolean ownConflict = responses.containsKey("409");
      ApiResponse conflict = refusal(responses, "409", words.idempotency("409"));
      if (!ownConflict) {
        conflict.addHeaderObject(
            "Retry-After",
            new Header().description(words.idempotency("retryAfter")).schema(new IntegerSchema()));
      }
      refusal(responses, "422", words.idempotency("422"));
    }
  }

  /** The refusal for this code, with the key's reason added to the operation's own words. */
  private static ApiResponse refusal(ApiResponses responses, String code, String text) {
    ApiResponse existing = responses.get(code);
    if (existing == null) {
      ApiResponse added =
          new ApiResponse()
              .description(text)
              .content(
                  new Content()
                      .addMediaType(
                          PROBLEM,
                          new MediaType()
                              .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
      responses.addApiResponse(code, added);
      return added;
    }
    if (existing.getDescription() == null || existing.getDescription().isBlank()) {
      existing.setDescription(text);
    } else if (!existing.getDescription().contains(IdempotencyKeyHeader.NAME)) {
      existing.setDescription(existing.getDescription() + "; or: " + text);
    }
    return existing;
  }
}
