package org.openras.service.idempotency;

import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The operations that take an {@code Idempotency-Key} (docs/adr/0022): the POSTs that create
 * something. The OpenAPI description declares the header and its answers on exactly these.
 */
public final class IdempotentOperations {

  /**
   * One operation.
   *
   * @param method the HTTP method
   * @param path the path as the OpenAPI description writes it
   * @param audited whether its answer is an audit record's: the key is then written with the record
   *     in the audit writer's transaction, not by the filter
   */
  public record Operation(String method, String path, boolean audited) {
    /** As a metric's tag and in logs: {@code POST /api/v1/calculations}. */
    public String name() {
      return method + " " + path;
    }
  }

  /** Every operation that takes the header. */
  public static final List<Operation> ALL =
      List.of(
          new Operation("POST", "/api/v1/calculations", true),
          new Operation("POST", "/api/v1/scenarios", false),
          new Operation("POST", "/api/v1/forecasts", false),
          new Operation("POST", "/api/v1/calibrations", false),
          new Operation("POST", "/api/v1/rulesets/{area}/{version}/publication", false),
          new Operation("POST", "/api/v1/rulesets/{area}/{version}/withdrawal", false),
          new Operation("POST", "/api/v1/rulesets/{area}/uprating", false));

  private static final List<PathPattern> PATTERNS =
      ALL.stream().map(o -> PathPatternParser.defaultInstance.parse(o.path())).toList();

  private IdempotentOperations() {}

  /** The operation a request is for, if it takes the header. */
  public static Optional<Operation> match(String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).method().equals(method) && PATTERNS.get(i).matches(container)) {
        return Optional.of(ALL.get(i));
      }
    }
    return Optional.empty();
  }
}
