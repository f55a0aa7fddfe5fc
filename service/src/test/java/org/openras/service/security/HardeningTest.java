package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.RawHttp;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's findings on the shared test context: cross-site requests and the Content-Type a
 * state-changing request must declare (defect 6), the response headers and the session cookie (7),
 * problem details for requests refused before any endpoint and the open paths open whatever the
 * credentials (10), and a null override named rather than a 500 (4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardeningTest {
  static final String PUBLICATION = "/api/v1/rulesets/ras/2025-04-01/publication";
  static final String EVIL = "https://evil.example";

  @LocalServerPort int port;

  private HttpResponse<String> send(String user, HttpRequest.Builder request, String path) {
    return (user == null ? Http.anonymous(port) : new Http(port, user)).send(request, path);
  }

  private static JsonNode problem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .as(response.body())
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    return Json.mapper().readTree(response.body());
  }

  // Defect 6

  @ParameterizedTest(name = "as {0}")
  @ValueSource(strings = {"policy", "(nobody)"})
  void aStateChangingRequestFromAnotherSitesPageIsRefused(String user) {
    HttpResponse<String> answer =
        send(
            user.startsWith("(") ? null : user,
            HttpRequest.newBuilder()
                .header("Origin", EVIL)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")),
            PUBLICATION);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    assertThat(problem(answer).get("type").asString())
        .isEqualTo("urn:openras:problem:cross-site-request");
  }

  @Test
  void theServicesOwnOriginAndNoOriginArePassed() {
    for (String origin : List.of("http://localhost:" + port, "")) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder()
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{}"));
      if (!origin.isEmpty()) {
        request.header("Origin", origin);
      }
      // Every shipped version is published at start-up: the policy officer reaches the endpoint.
      assertThat(send("policy", request, PUBLICATION).statusCode()).isEqualTo(409);
    }
  }

  @Test
  void aPublicationWithoutABodyOrContentTypeIsRefused() {
    HttpResponse<String> answer =
        send(
            "policy",
            HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()),
            PUBLICATION);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
    assertThat(problem(answer).get("status").asInt()).isEqualTo(415);
  }

  @Test
  void aReplayWithAPlainTextBodyIsRefusedAndOneWithoutABodyIsNot() {
    String id = calculation();
    String replay = "/api/v1/calculations/" + id + "/replay";
    HttpResponse<String> text =
        send(
            "auditor",
            HttpRequest.newBuilder()
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")),
            replay);
    assertThat(text.statusCode()).as(text.body()).isEqualTo(415);
    // The README's curl -X POST .../replay: no body, no Content-Type.
    assertThat(new Http(port, "auditor").postEmpty(replay).statusCode()).isEqualTo(200);
  }

  private String calculation() {
    return Json.mapper()
        .readTree(new Http(port).postJson(Seeds.first()).body())
        .get("calculationId")
        .asString();
  }

  // Defect 7

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/rulesets", "/web/sign-in", "/v3/api-docs"})
  void everyAnswerCarriesTheSecurityHeaders(String path) {
    HttpResponse<String> answer = new Http(port, "auditor").get(path);
    assertThat(answer.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            v -> assertThat(v).contains("default-src 'self'").contains("frame-ancestors 'none'"));
    assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(answer.headers().firstValue("Permissions-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void theSessionCookieIsSameSiteAndHttpOnly() {
    HttpResponse<String> page = Http.anonymous(port).get("/web/sign-in");
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
  }

  @Test
  void theProdProfileSendsTheSessionCookieOverHttpsOnly() throws IOException {
    String prod =
        Files.readString(
            Path.of("src/main/resources/application-prod.properties"), StandardCharsets.UTF_8);
    assertThat(prod).contains("server.servlet.session.cookie.secure=true");
  }

  // Defect 10

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET //api/v1/rulesets",
        "GET /api/v1/./rulesets",
        "GET /api/v1/rulesets;x=1",
        "GET /api/v1/%2e%2e/v1/rulesets",
        "GET /api/v1%2frulesets",
        "GET /api/v1/rulesets%00",
        "GET /api/v1/calculations/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "TRACE /api/v1/rulesets",
        "TRACE /",
        "GET /api/v1/rulesets/%ZZ",
        "GET /no-such-path"
      })
  void everyRefusalIsAProblemDetail(String requestLine) {
    RawHttp.Answer answer =
        RawHttp.send(
            port,
            requestLine
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + basic("auditor", "auditor-demo"),
            new byte[0],
            5_000);
    assertThat(answer.status()).as(answer.head()).isBetween(400, 499);
    assertThat(answer.header("Content-Type"))
        .as(answer.head() + "\n" + answer.body())
        .startsWith("application/problem+json");
    assertThat(Json.mapper().readTree(answer.body()).get("status").asInt())
        .isEqualTo(answer.status());
    assertThat(answer.body()).doesNotContain("Tomcat").doesNotContain("Whitelabel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v3/api-docs", "/actuator/health", "/actuator/prometheus"})
  void theOpenPathsAreOpenWhateverTheCredentials(String path) {
    assertThat(new Http(port, "assessor", "wrong").get(path).statusCode()).isEqualTo(200);
    assertThat(new Http(port, "nobody-at-all", "x").get(path).statusCode()).isEqualTo(200);
  }

  @Test
  void healthStillShowsItsDetailsToAnAuditor() {
    JsonNode health =
        Json.mapper().readTree(new Http(port, "auditor").get("/actuator/health").body());
    assertThat(health.at("/components/rules/details").isMissingNode()).isFalse();
    JsonNode anonymous =
        Json.mapper().readTree(new Http(port, "assessor", "wrong").get("/actuator/health").body());
    assertThat(anonymous.at("/components/rules/details").isMissingNode()).isTrue();
  }

  @Test
  void theOpenApiDescriptionSaysTheNewRefusalsAndTheRecordsIntegrity() {
    JsonNode paths =
        Json.mapper().readTree(Http.anonymous(port).get("/v3/api-docs").body()).get("paths");
    JsonNode post = paths.at("/~1api~1v1~1calculations/post/responses");
    assertThat(post.has("429")).isTrue();
    assertThat(post.at("/429/headers/Retry-After").isMissingNode()).isFalse();
    assertThat(post.at("/403/description").asString()).contains("Origin");
    assertThat(post.has("415")).isTrue();
    assertThat(paths.at("/~1api~1v1~1rulesets~1publications/get/responses/429").isMissingNode())
        .isFalse();
    assertThat(
            paths
                .at("/~1api~1v1~1calculations~1{id}/get/responses/200/headers")
                .has("OpenRAS-Record-Integrity"))
        .isTrue();
  }

  // Defect 4

  @Test
  void aNullOverrideIsNamed() {
    String body =
        "{\"caseload\": {\"generate\": {\"people\": 5}}, \"baseline\": {\"date\": \"2025-06-02\"},"
            + " \"candidate\": {\"date\": \"2025-06-02\", \"overrides\": [null]}}";
    HttpResponse<String> answer =
        new Http(port, "finance").post("/api/v1/scenarios", body, "application/json");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(problem(answer).get("errors").get(0).get("field").asString())
        .isEqualTo("candidate.overrides[0]");
  }

  static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
