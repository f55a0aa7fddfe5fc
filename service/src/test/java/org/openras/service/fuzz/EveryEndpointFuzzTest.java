package org.openras.service.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Multipart;
import org.openras.service.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint Spring MVC maps (read from its handler mapping, so a new route is covered without
 * a change here), with every user and with none (issue 18): HEAD meets the same rules as GET, a
 * state-changing request from another site's page is refused before anything else, and a body of
 * numbers with huge exponents is refused at once with a problem detail (or, by an operation that
 * reads no body, never read); then the numbers each finance operation reads (a calibration's
 * budget, an envelope's contingency, a CSV share, a JSON Lines caseload's share).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryEndpointFuzzTest {
  static final List<String> USERS = List.of("", "assessor", "finance", "policy", "auditor");
  static final Set<RequestMethod> UNSAFE =
      Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);
  static final List<String> HUGE = List.of("1E-20000000", "{\"x\": 1E+20000000}", "[1E-10000]");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  String calculationId;

  record Route(RequestMethod method, String path) {}

  @BeforeEach
  void oneCalculation() {
    calculationId =
        Json.mapper()
            .readTree(new Http(port).postJson(Seeds.first()).body())
            .get("calculationId")
            .asString();
  }

  /** Every mapped path with each of its methods (a mapping without methods: GET and POST). */
  List<Route> routes() {
    Set<String> seen = new TreeSet<>();
    List<Route> routes = new ArrayList<>();
    for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      Stream<RequestMethod> each =
          methods.isEmpty() ? Stream.of(RequestMethod.GET, RequestMethod.POST) : methods.stream();
      for (String pattern : info.getPatternValues()) {
        each.toList()
            .forEach(
                m -> {
                  if (seen.add(m + " " + pattern)) {
                    routes.add(new Route(m, fill(pattern)));
                  }
                });
      }
    }
    assertThat(routes).as("the mapped endpoints").hasSizeGreaterThan(30);
    return routes;
  }

  private String fill(String pattern) {
    return pattern
        .replace("{id}", calculationId)
        .replace("{area}", "ras")
        .replace("{version}", "2025-04-01")
        .replaceAll("\\{[^}]*}", "x");
  }

  private Http as(String user) {
    return user.isEmpty() ? Http.anonymous(port) : new Http(port, user);
  }

  private static boolean refused(int status) {
    return status == 401 || status == 403 || status == 302;
  }

  @Test
  void headMeetsTheRulesOfGetEverywhere() {
    for (Route route : routes()) {
      if (route.method() != RequestMethod.GET) {
        continue;
      }
      for (String user : USERS) {
        int get = as(user).get(route.path()).statusCode();
        int head =
            as(user)
                .send(
                    HttpRequest.newBuilder().method("HEAD", HttpRequest.BodyPublishers.noBody()),
                    route.path())
                .statusCode();
        String what = "HEAD " + route.path() + " as " + (user.isEmpty() ? "nobody" : user);
        assertThat(refused(head)).as(what + ": " + head + ", GET " + get).isEqualTo(refused(get));
        if (refused(get)) {
          assertThat(head).as(what).isEqualTo(get);
        }
      }
    }
  }

  @Test
  void aStateChangingRequestFromAnotherSiteIsRefusedEverywhere() {
    for (Route route : routes()) {
      if (!UNSAFE.contains(route.method())) {
        continue;
      }
      for (String user : USERS) {
        HttpResponse<String> answer =
            as(user)
                .send(
                    HttpRequest.newBuilder()
                        .header("Origin", "https://evil.example")
                        .header("Content-Type", "application/json")
                        .method(route.method().name(), HttpRequest.BodyPublishers.ofString("{}")),
                    route.path());
        String what = route + " as " + user + ": " + answer.body();
        assertThat(answer.statusCode()).as(what).isEqualTo(403);
        assertThat(problem(answer, what).get("type").asString())
            .isEqualTo("urn:openras:problem:cross-site-request");
      }
    }
  }

  @Test
  void hugeExponentsAreRefusedAtOnceEverywhere() {
    for (Route route : routes()) {
      if (!UNSAFE.contains(route.method()) || !route.path().startsWith("/api/")) {
        continue;
      }
      for (String user : USERS) {
        for (String body : HUGE) {
          long start = System.nanoTime();
          HttpResponse<String> answer =
              as(user)
                  .send(
                      HttpRequest.newBuilder()
                          .header("Content-Type", "application/json")
                          .method(route.method().name(), HttpRequest.BodyPublishers.ofString(body)),
                      route.path());
          String what = route + " as " + user + " with " + body + ": " + answer.body();
          // Refused, or (an operation that reads no body, such as replay) answered without it.
          assertThat(answer.statusCode()).as(what).isLessThan(500);
          if (answer.statusCode() >= 400) {
            problem(answer, what);
          }
          assertThat(Duration.ofNanos(System.nanoTime() - start))
              .as(what)
              .isLessThan(Duration.ofSeconds(2));
        }
      }
    }
  }

  @Test
  void theFinanceNumbersAreBounded() {
    Http finance = new Http(port, "finance");
    String caseload = caseload(finance, "0.25");
    for (String n : List.of("1E-10000", "1E-20000000", "1E+20000000")) {
      expectBadField(
          finance.post(
              "/api/v1/calibrations",
              "{\"cohortId\": \"" + caseload + "\", \"method\": \"ratio\", \"budget\": " + n + "}",
              "application/json"),
          "budget");
      expectBadField(
          finance.post(
              "/api/v1/calibrations",
              "{\"cohortId\": \""
                  + caseload
                  + "\", \"method\": \"ratio\", \"contingency\": "
                  + n
                  + "}",
              "application/json"),
          "contingency");
      expectBadField(
          finance.post(
              "/api/v1/scenarios",
              "{\"caseload\": {\"generate\": {\"people\": 5}}, \"financialYear\": 2025,"
                  + " \"envelope\": {\"targetAnnual\": \"100000.00\", \"contingency\": "
                  + n
                  + "}}",
              "application/json"),
          "envelope.contingency");
    }
  }

  @Test
  void aCsvShareWithAHugeExponentIsARejectedRow() {
    long start = System.nanoTime();
    HttpResponse<String> answer =
        new Http(port, "finance").postMultipart("/api/v1/caseloads", csvWithShare("1E-20000000"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
    assertThat(answer.body()).contains("1E-20000000");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  private static Multipart csvWithShare(String share) {
    try {
      java.nio.file.Path mappings = java.nio.file.Path.of("..", "seeds", "mappings");
      List<String> lines =
          java.nio.file.Files.readAllLines(mappings.resolve("example-council.csv"));
      String header = lines.get(0);
      List<String> columns = List.of(header.split(",", -1));
      int at = -1;
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).toLowerCase().contains("share")) {
          at = i;
          break;
        }
      }
      assertThat(at).as("a share column in " + header).isNotNegative();
      String[] row = lines.get(1).split(",", -1);
      row[at] = share;
      String csv = header + "\n" + String.join(",", row) + "\n";
      return new Multipart()
          .file("csv", "export.csv", csv.getBytes(StandardCharsets.UTF_8))
          .file(
              "mapping",
              "mapping.yaml",
              java.nio.file.Files.readAllBytes(mappings.resolve("client-level-data.yaml")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A JSON Lines caseload of the seed person with this informal-support share. */
  private static String caseload(Http finance, String share) {
    JsonNode request = Json.mapper().readTree(Seeds.first());
    String line =
        "{\"request\": "
            + request
                .toString()
                .replaceFirst("\\{", "{\"informalSupport\": {\"mobility\": " + share + "},")
            + ", \"actualWeeklyCost\": \"100.00\"}\n";
    HttpResponse<String> kept = finance.post("/api/v1/caseloads", line, "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    return Json.mapper().readTree(kept.body()).get("id").asString();
  }

  private static void expectBadField(HttpResponse<String> answer, String field) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    JsonNode problem = problem(answer, answer.body());
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    assertThat(problem.get("errors").get(0).get("problem").asString()).contains("at most");
  }

  private static JsonNode problem(HttpResponse<String> answer, String what) {
    assertThat(answer.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = Json.mapper().readTree(answer.body());
    assertThat(problem.get("status").asInt()).as(what).isEqualTo(answer.statusCode());
    NoLeaks.in(answer.body(), what);
    return problem;
  }
}
