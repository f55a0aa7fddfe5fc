package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bad ids and oversized bodies get problem details, never internals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordProblemsTest {
  @LocalServerPort int port;

  JsonNode problem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("org.openras")
        .doesNotContain("springframework");
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo(type);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }

  @Test
  void anUnknownIdIsNotFound() {
    UUID id = UUID.randomUUID();
    JsonNode problem =
        problem(
            new Http(port, "auditor").get("/api/v1/calculations/" + id),
            404,
            "urn:openras:problem:calculation-not-found");
    assertThat(problem.get("calculationId").asString()).isEqualTo(id.toString());
  }

  @Test
  void anUnknownIdCannotBeReplayed() {
    problem(
        new Http(port, "auditor")
            .postEmpty("/api/v1/calculations/" + UUID.randomUUID() + "/replay"),
        404,
        "urn:openras:problem:calculation-not-found");
  }

  @Test
  void aMalformedIdIsABadRequestNamingTheId() {
    JsonNode problem =
        problem(
            new Http(port, "auditor").get("/api/v1/calculations/not-a-uuid"),
            400,
            "urn:openras:problem:invalid-request");
    assertThat(problem.at("/errors/0/field").asString()).isEqualTo("id");
    assertThat(problem.at("/errors/0/problem").asString()).contains("UUID");
  }

  @Test
  void aMalformedIdCannotBeReplayed() {
    problem(
        new Http(port, "auditor").postEmpty("/api/v1/calculations/12345/replay"),
        400,
        "urn:openras:problem:invalid-request");
  }

  static String oversized() {
    return "{\"personRef\": \"" + "a".repeat(300 * 1024) + "\"}";
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    JsonNode problem =
        problem(new Http(port).postJson(oversized()), 413, "urn:openras:problem:payload-too-large");
    assertThat(problem.get("limitBytes").asLong()).isEqualTo(256 * 1024);
  }

  @Test
  void aChunkedBodyOverTheLimitIsTooLarge() {
    HttpRequest.Builder chunked =
        HttpRequest.newBuilder()
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofString(oversized())));
    problem(
        new Http(port).send(chunked, Http.CALCULATIONS),
        413,
        "urn:openras:problem:payload-too-large");
  }

  @Test
  void aBodyUnderTheLimitIsRead() {
    String padded = "{\"personRef\": \"" + "a".repeat(200 * 1024) + "\"}";
    JsonNode problem =
        problem(new Http(port).postJson(padded), 400, "urn:openras:problem:invalid-request");
    assertThat(problem.toString()).contains("personRef");
  }
}
