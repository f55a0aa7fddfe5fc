package org.openras.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
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
 * parameter and {@code Idempotent-Replayed} on their success answers. The refusals it brings (400 a
 * bad key, 409 in flight, 422 reused) are in {@link ApiContract}'s table with every other.
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
    }
  }
}
