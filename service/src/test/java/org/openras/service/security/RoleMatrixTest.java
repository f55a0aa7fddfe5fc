package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openras.service.Multipart;
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
  static final String NO_REGISTER = "00000000-0000-0000-0000-000000000000";
  static final List<String> USERS =
      List.of(NOBODY, "assessor", "finance", "policy", "auditor", "panel");

  static final String SCENARIO =
      "{\"caseload\": {\"generate\": {\"people\": 5}}, \"baseline\": {\"date\":"
          + " \"2025-06-02\"}, \"candidate\": {\"date\": \"2025-11-03\"}}";
  static final String CASELOAD_LINE =
      "{\"request\": " + Seeds.first().strip() + ", \"actualWeeklyCost\": \"100.00\"}\n";

  @LocalServerPort int port;
  String id;
  String scenarioId;
  String caseloadId;
  String agreedId;
  String indicative;

  /**
   * One endpoint, the users who may use it, and the status an allowed user gets (0: any answer that
   * is not a refusal, for a report whose job may still be running).
   */
  record Endpoint(String method, String path, Set<String> allowed, int ok) {
    Endpoint(String method, String path, Set<String> allowed) {
      this(method, path, allowed, 200);
    }

    HttpResponse<String> call(Http http, RoleMatrixTest ids) {
      String p =
          path.replace("{id}", ids.id)
              .replace("{scenario}", ids.scenarioId)
              .replace("{caseload}", ids.caseloadId)
              .replace("{agreed}", ids.agreedId);
      return switch (method) {
        case "POST" ->
            p.endsWith("/agreed-budgets")
                ? http.post(p, proposal(ids.indicative), "application/json")
                : p.contains("/agreed-budgets/")
                    ? http.post(p, "{\"reasons\": \"a test\"}", "application/json")
                    : p.endsWith("/uprating")
                        ? http.post(p, UPRATING, "application/json")
                        : p.endsWith("/replay") || p.endsWith("/checkpoints")
                            ? http.postEmpty(p)
                            : p.endsWith("/scenarios")
                                ? http.post(p, SCENARIO, "application/json")
                                : p.endsWith("/rulesets/validate")
                                    ? http.post(p, RULE_SET, "application/json")
                                    : p.endsWith("/publication")
                                            || p.endsWith("/approval")
                                            || p.endsWith("/rejection")
                                        ? http.post(p, "{}", "application/json")
                                        : p.endsWith("/proposals")
                                            ? http.post(
                                                p, "{\"action\": \"PUBLISH\"}", "application/json")
                                            : p.endsWith("/withdrawal")
                                                ? http.post(
                                                    p,
                                                    "{\"reason\": \"a test\"}",
                                                    "application/json")
                                                : p.contains("/direct-payments/")
                                                    ? http.post(
                                                        p,
                                                        p.endsWith("/decisions")
                                                            ? "{\"decision\": \"RECOVER\"}"
                                                            : DIRECT_PAYMENTS,
                                                        "application/json")
                                                    : p.endsWith("/caseloads")
                                                        ? http.post(
                                                            p,
                                                            CASELOAD_LINE,
                                                            "application/x-ndjson")
                                                        : http.postJson(Seeds.first());
        case "PUT" ->
            http.send(
                java.net.http.HttpRequest.newBuilder()
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"figures\": []}"))
                    .header("Content-Type", "application/json"),
                p);
        case "POST multipart" -> http.postMultipart(p, csvExport());
        case "DELETE" -> http.send(java.net.http.HttpRequest.newBuilder().DELETE(), p);
        default -> http.get(p);
      };
    }
  }

  /** A council's CSV export (the seeds' example's three good rows) with its column mapping. */
  static Multipart csvExport() {
    try {
      Path mappings = Path.of("..", "seeds", "mappings");
      String good =
          Files.readString(mappings.resolve("example-council.csv"))
              .lines()
              .limit(4)
              .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
      return new Multipart()
          .file("csv", "export.csv", good.getBytes(StandardCharsets.UTF_8))
          .file(
              "mapping",
              "mapping.yaml",
              Files.readAllBytes(mappings.resolve("client-level-data.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An agreed budget of the indicative figure: agreed as proposed (docs/adr/0027). */
  static String proposal(String indicative) {
    return "{\"agreedWeeklyBudget\": \""
        + indicative
        + "\", \"supportPlanWeeklyCost\": \""
        + indicative
        + "\"}";
  }

  /** A one-line direct-payment statement export with its column mapping. */
  static final String DIRECT_PAYMENTS;

  static {
    try {
      Path mappings = Path.of("..", "seeds", "mappings");
      var body = Json.mapper().createObjectNode();
      body.put(
          "csv",
          Files.readString(mappings.resolve("dp-statements-example.csv"))
              .lines()
              .limit(2)
              .map(l -> l.replace("DP-0001", "ROLES-" + System.nanoTime()))
              .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
      body.put("mapping", Files.readString(mappings.resolve("dp-statements.yaml")));
      DIRECT_PAYMENTS = body.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final Set<String> EVERYONE = Set.copyOf(USERS);
  static final Set<String> AUTHENTICATED =
      Set.of("assessor", "finance", "policy", "auditor", "panel");
  static final String RULE_SET = "{\"area\": \"ras\", \"version\": \"2025-04-01\"}";
  static final String NO_PROPOSAL = "00000000-0000-0000-0000-000000000000";
  static final String UPRATING = "{\"source\": \"2015-04-01\", \"effectiveFrom\": \"2031-04-06\"}";
  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("POST", "/api/v1/calculations", Set.of("assessor")),
          // Finding earlier work (issue 21, docs/adr/0024): lists and searches, every method.
          new Endpoint(
              "GET", "/api/v1/calculations?person=P-1&from=2025-01-01", Set.of("assessor")),
          new Endpoint("DELETE", "/api/v1/calculations", Set.of("assessor"), 405),
          new Endpoint("GET", "/api/v1/audit/records?user=assessor", Set.of("auditor")),
          new Endpoint("DELETE", "/api/v1/audit/records", Set.of("auditor"), 405),
          new Endpoint("GET", "/api/v1/caseloads", Set.of("finance")),
          new Endpoint("DELETE", "/api/v1/caseloads", Set.of("finance"), 405),
          new Endpoint("GET", "/api/v1/scenarios", Set.of("finance")),
          new Endpoint("DELETE", "/api/v1/scenarios", Set.of("finance"), 405),
          new Endpoint("GET", "/api/v1/calibrations", Set.of("finance")),
          new Endpoint("DELETE", "/api/v1/calibrations", Set.of("finance"), 405),
          new Endpoint("GET", "/api/v1/calculations/{id}", Set.of("assessor", "auditor")),
          new Endpoint("POST", "/api/v1/calculations/{id}/replay", Set.of("auditor")),
          new Endpoint("GET", "/api/v1/audit/verify", Set.of("auditor")),
          new Endpoint("GET", "/api/v1/calculations/{id}/proof", Set.of("assessor", "auditor")),
          new Endpoint("POST", "/api/v1/audit/checkpoints", Set.of("auditor")),
          // Other methods on the new routes: refused to the others, 405 for those allowed.
          new Endpoint(
              "DELETE", "/api/v1/calculations/{id}/proof", Set.of("assessor", "auditor"), 405),
          new Endpoint("DELETE", "/api/v1/audit/checkpoints", Set.of("auditor"), 405),
          // Agreed budgets (docs/adr/0027). The one made before each test is agreed already, so a
          // decision or withdrawal by an allowed user is a conflict (409).
          new Endpoint("POST", "/api/v1/calculations/{id}/agreed-budgets", Set.of("assessor"), 201),
          new Endpoint("GET", "/api/v1/calculations/{id}/agreed-budgets", Set.of("assessor")),
          new Endpoint("GET", "/api/v1/agreed-budgets", Set.of("panel", "auditor")),
          new Endpoint(
              "GET", "/api/v1/agreed-budgets/{agreed}", Set.of("assessor", "panel", "auditor")),
          new Endpoint(
              "GET",
              "/api/v1/agreed-budgets/{agreed}/steps",
              Set.of("assessor", "panel", "auditor")),
          new Endpoint("POST", "/api/v1/agreed-budgets/{agreed}/approval", Set.of("panel"), 409),
          new Endpoint("POST", "/api/v1/agreed-budgets/{agreed}/refusal", Set.of("panel"), 409),
          new Endpoint(
              "POST", "/api/v1/agreed-budgets/{agreed}/withdrawal", Set.of("assessor"), 409),
          // Other methods on the agreed-budget routes: refused to the others, 405 for those
          // allowed.
          new Endpoint(
              "DELETE", "/api/v1/calculations/{id}/agreed-budgets", Set.of("assessor"), 405),
          new Endpoint("DELETE", "/api/v1/agreed-budgets", Set.of("panel", "auditor"), 405),
          new Endpoint("GET", "/api/v1/agreed-budgets/{agreed}/approval", Set.of("panel"), 405),
          new Endpoint(
              "DELETE",
              "/api/v1/agreed-budgets/{agreed}",
              Set.of("assessor", "panel", "auditor"),
              405),
          new Endpoint("POST", "/api/v1/caseloads", Set.of("finance"), 201),
          new Endpoint("POST multipart", "/api/v1/caseloads", Set.of("finance"), 201),
          new Endpoint("POST multipart", "/api/v1/caseloads/csv", Set.of("finance"), 201),
          new Endpoint("GET", "/api/v1/caseloads/{caseload}", Set.of("finance")),
          // Deletion on request (docs/adr/0019), of a caseload never kept: 404 for finance.
          new Endpoint(
              "DELETE",
              "/api/v1/caseloads/0000000000000000000000000000000000000000000000000000000000000000",
              Set.of("finance"),
              404),
          // Direct-payment monitoring (docs/adr/0029): FINANCE decides, AUDITOR reads.
          new Endpoint("POST", "/api/v1/direct-payments/statements", Set.of("finance"), 201),
          new Endpoint("GET", "/api/v1/direct-payments/accounts", Set.of("finance", "auditor")),
          new Endpoint(
              "GET",
              "/api/v1/direct-payments/statements/00000000-0000-0000-0000-000000000000",
              Set.of("finance", "auditor"),
              404),
          new Endpoint(
              "GET",
              "/api/v1/direct-payments/statements/00000000-0000-0000-0000-000000000000/letter",
              Set.of("finance", "auditor"),
              404),
          new Endpoint(
              "POST",
              "/api/v1/direct-payments/statements/00000000-0000-0000-0000-000000000000/decisions",
              Set.of("finance"),
              404),
          new Endpoint("DELETE", "/api/v1/direct-payments/accounts", Set.of("finance"), 405),
          new Endpoint("POST", "/api/v1/scenarios", Set.of("finance"), 202),
          new Endpoint("GET", "/api/v1/scenarios/{scenario}", Set.of("finance")),
          new Endpoint("GET", "/api/v1/scenarios/{scenario}/report", Set.of("finance"), 0),
          new Endpoint("DELETE", "/api/v1/scenarios/{scenario}", Set.of("finance")),
          new Endpoint(
              "GET",
              "/api/v1/calibrations/00000000-0000-0000-0000-000000000000",
              Set.of("finance"),
              0),
          new Endpoint("GET", "/api/v1/rulesets", AUTHENTICATED),
          new Endpoint("GET", "/api/v1/rulesets/councils~north-shire/2024-04-08", AUTHENTICATED),
          new Endpoint("POST", "/api/v1/rulesets/validate", Set.of("policy")),
          new Endpoint(
              "GET", "/api/v1/rulesets/ras/diff?from=2024-04-01&to=2025-04-01", Set.of("policy")),
          // Every shipped version is published at start-up: an allowed caller gets 409.
          new Endpoint(
              "POST", "/api/v1/rulesets/ras/2025-04-01/publication", Set.of("policy"), 409),
          new Endpoint("POST", "/api/v1/rulesets/ras/2025-04-01/withdrawal", Set.of("policy"), 409),
          new Endpoint("GET", "/api/v1/rulesets/publications", Set.of("policy", "auditor")),
          // Four-eyes publishing (docs/adr/0028), every method POLICY: a published version cannot
          // be
          // proposed (409); an unknown proposal is 404; other methods 405.
          new Endpoint("POST", "/api/v1/rulesets/ras/2025-04-01/proposals", Set.of("policy"), 409),
          new Endpoint("GET", "/api/v1/rulesets/ras/2025-04-01/proposals", Set.of("policy"), 405),
          new Endpoint("GET", "/api/v1/rulesets/proposals", Set.of("policy")),
          new Endpoint("GET", "/api/v1/rulesets/proposals/" + NO_PROPOSAL, Set.of("policy"), 404),
          new Endpoint(
              "DELETE", "/api/v1/rulesets/proposals/" + NO_PROPOSAL, Set.of("policy"), 405),
          new Endpoint(
              "POST",
              "/api/v1/rulesets/proposals/" + NO_PROPOSAL + "/approval",
              Set.of("policy"),
              404),
          new Endpoint(
              "POST",
              "/api/v1/rulesets/proposals/" + NO_PROPOSAL + "/rejection",
              Set.of("policy"),
              404),
          // A published version's transparency record: policy officers and auditors.
          new Endpoint(
              "GET", "/api/v1/rulesets/ras/2025-04-01/transparency", Set.of("policy", "auditor")),
          new Endpoint(
              "DELETE",
              "/api/v1/rulesets/ras/2025-04-01/transparency",
              Set.of("policy", "auditor"),
              405),
          // Next year's figures (issue 16): the POST makes the draft the GET and PUT then use.
          new Endpoint("POST", "/api/v1/rulesets/contributions/uprating", Set.of("policy"), 201),
          new Endpoint(
              "GET", "/api/v1/rulesets/contributions/uprating/2031-04-06", Set.of("policy")),
          new Endpoint(
              "PUT", "/api/v1/rulesets/contributions/uprating/2031-04-06", Set.of("policy")),
          new Endpoint(
              "DELETE",
              "/api/v1/rulesets/contributions/uprating/2031-04-06",
              Set.of("policy"),
              204),
          // Personalisation measures (issue 25): finance and policy officers.
          new Endpoint("GET", "/api/v1/registers", Set.of("finance", "policy")),
          new Endpoint("GET", "/api/v1/measures", Set.of("finance", "policy")),
          // A caseload export is not a register: its mapping is refused, naming the part.
          new Endpoint("POST multipart", "/api/v1/registers", Set.of("finance", "policy"), 400),
          new Endpoint("GET", "/api/v1/registers/" + NO_REGISTER, Set.of("finance", "policy"), 404),
          new Endpoint(
              "GET",
              "/api/v1/registers/" + NO_REGISTER + "/measures?from=2011-04-01&to=2012-03-31",
              Set.of("finance", "policy"),
              404),
          new Endpoint(
              "GET",
              "/api/v1/registers/" + NO_REGISTER + "/measures/sds-people/people?day=2025-03-31",
              Set.of("finance", "policy"),
              404),
          new Endpoint(
              "DELETE", "/api/v1/registers/" + NO_REGISTER, Set.of("finance", "policy"), 404),
          // Medium-term financial planning (issue 26, docs/adr/0032): finance officers only.
          new Endpoint("GET", "/api/v1/forecasts", Set.of("finance")),
          // A caseload export is not a history: the missing part is refused, naming it.
          new Endpoint("POST multipart", "/api/v1/forecasts", Set.of("finance"), 400),
          new Endpoint("GET", "/api/v1/forecasts/" + NO_REGISTER, Set.of("finance"), 404),
          new Endpoint(
              "GET", "/api/v1/forecasts/" + NO_REGISTER + "/report", Set.of("finance"), 404),
          new Endpoint("DELETE", "/api/v1/forecasts/" + NO_REGISTER, Set.of("finance"), 404),
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
    JsonNode calculation =
        Json.mapper().readTree(new Http(port, "assessor").postJson(Seeds.first()).body());
    id = calculation.get("calculationId").asString();
    indicative =
        calculation.path("adjustments").path("inForce").asBoolean(false)
            ? calculation.path("adjustments").path("weeklyBudget").asString()
            : calculation.path("ras").path("weeklyBudget").asString();
    agreedId =
        Json.mapper()
            .readTree(
                new Http(port, "assessor")
                    .post(
                        "/api/v1/calculations/" + id + "/agreed-budgets",
                        proposal(indicative),
                        "application/json")
                    .body())
            .get("id")
            .asString();
    Http finance = new Http(port, "finance");
    scenarioId =
        Json.mapper()
            .readTree(finance.post("/api/v1/scenarios", SCENARIO, "application/json").body())
            .get("id")
            .asString();
    caseloadId =
        Json.mapper()
            .readTree(
                finance.post("/api/v1/caseloads", CASELOAD_LINE, "application/x-ndjson").body())
            .get("id")
            .asString();
  }

  Http as(String user) {
    return NOBODY.equals(user) ? Http.anonymous(port) : new Http(port, user);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyEndpointWithEveryUser")
  void onlyTheRolesOfTheContractAreAllowed(String name, String user, Endpoint endpoint) {
    HttpResponse<String> response = endpoint.call(as(user), this);

    if (endpoint.allowed().contains(user) && endpoint.ok() == 0) {
      assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403).isLessThan(500);
    } else if (endpoint.allowed().contains(user)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(endpoint.ok());
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

  static Stream<Arguments> everyGetEndpointWithEveryUser() {
    return everyEndpointWithEveryUser().filter(a -> ((Endpoint) a.get()[2]).method().equals("GET"));
  }

  /**
   * HEAD runs the GET handler, so it must meet the same rules (issue 18, defect 1): refused as GET
   * is refused, and an allowed user's HEAD answered as GET is (without a body).
   */
  @ParameterizedTest(name = "HEAD {0} as {1}")
  @MethodSource("everyGetEndpointWithEveryUser")
  void headIsCheckedAsGetIs(String name, String user, Endpoint endpoint) {
    String p =
        endpoint
            .path()
            .replace("{id}", id)
            .replace("{scenario}", scenarioId)
            .replace("{caseload}", caseloadId)
            .replace("{agreed}", agreedId);
    HttpResponse<String> head =
        as(user)
            .send(
                java.net.http.HttpRequest.newBuilder()
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()),
                p);
    if (endpoint.allowed().contains(user)) {
      assertThat(head.statusCode()).isNotIn(401, 403).isLessThan(500);
    } else {
      assertThat(head.statusCode()).isEqualTo(NOBODY.equals(user) ? 401 : 403);
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
