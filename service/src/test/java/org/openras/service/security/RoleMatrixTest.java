package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint with every role and with none (DESIGN.md §5): allowed gets the endpoint's answer,
 * no credentials get 401 and a role that may not use it gets 403, both as problem details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleMatrixTest {
  static final String NOBODY = "(nobody)";
  static final List<String> USERS = List.of(NOBODY, "assessor", "finance", "policy", "auditor");

  @LocalServerPort int port;
  String id;

  /** One endpoint and the users who may use it. */
  record Endpoint(String method, String path, Set<String> allowed) {
    HttpResponse<String> call(Http http, String id) {
      String p = path.replace("{id}", id);
      return switch (method) {
        case "POST" -> p.endsWith("/replay") ? http.postEmpty(p) : http.postJson(Seeds.first());
        default -> http.get(p);
      };
    }
  }

  static final Set<String> EVERYONE = Set.copyOf(USERS);
  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("POST", "/api/v1/calculations", Set.of("assessor")),
          new Endpoint("GET", "/api/v1/calculations/{id}", Set.of("assessor", "auditor")),
          new Endpoint("POST", "/api/v1/calculations/{id}/replay", Set.of("auditor")),
          new Endpoint("GET", "/api/v1/audit/verify", Set.of("auditor")),
          new Endpoint("GET", "/v3/api-docs", EVERYONE),
          new Endpoint("GET", "/swagger-ui/index.html", EVERYONE),
          new Endpoint("GET", "/actuator/health", EVERYONE),
          new Endpoint("GET", "/actuator/prometheus", EVERYONE));

  static Stream<Arguments> everyEndpointWithEveryUser() {
    List<Arguments> all = new ArrayList<>();
    for (Endpoint e : ENDPOINTS) {
      for (String user : USERS) {
        all.add(Arguments.of(e.method() + " " + e.path(), user, e));
      }
    }
    return all.stream();
  }

  @BeforeEach
  void aRecordedCalculation() {
    id =
        Json.mapper()
            .readTree(new Http(port, "assessor").postJson(Seeds.first()).body())
            .get("calculationId")
            .asString();
  }

  Http as(String user) {
    return NOBODY.equals(user) ? Http.anonymous(port) : new Http(port, user);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyEndpointWithEveryUser")
  void onlyTheRolesOfTheContractAreAllowed(String name, String user, Endpoint endpoint) {
    HttpResponse<String> response = endpoint.call(as(user), id);

    if (endpoint.allowed().contains(user)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    } else {
      int expected = NOBODY.equals(user) ? 401 : 403;
      assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      JsonNode problem = Json.mapper().readTree(response.body());
      assertThat(problem.get("status").asInt()).isEqualTo(expected);
      assertThat(problem.get("type").asString())
          .isEqualTo(
              expected == 401
                  ? "urn:openras:problem:unauthenticated"
                  : "urn:openras:problem:forbidden");
    }
  }

  @Test
  void aWrongPasswordIsUnauthorisedWithAChallenge() {
    HttpResponse<String> response =
        new Http(port, "assessor", "not-the-password").postJson(Seeds.first());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.body()).doesNotContain("weeklyBudget");
  }

  @Test
  void anUnknownUserIsUnauthorised() {
    assertThat(new Http(port, "mallory").postJson(Seeds.first()).statusCode()).isEqualTo(401);
  }
}
