package org.openras.service.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Multipart;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A CSV export over {@code openras.http.max-caseload-size} (here 64 KB) is refused with a 413
 * problem detail, whether its length is declared or it is sent in chunks: never a 500.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.http.max-caseload-size=64KB")
class CsvCaseloadLimitTest {
  @LocalServerPort int port;

  private static Multipart tooLarge() throws Exception {
    String good = Files.readString(CsvCaseloadEndpointTest.GOOD_ROWS);
    StringBuilder csv = new StringBuilder(good);
    String row = good.lines().skip(1).findFirst().orElseThrow();
    while (csv.length() < 200 * 1024) {
      csv.append(row).append('\n');
    }
    return new Multipart()
        .file("csv", "export.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
        .file("mapping", "mapping.yaml", Files.readAllBytes(CsvCaseloadEndpointTest.MAPPING));
  }

  private static void assertTooLarge(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:openras:problem:payload-too-large");
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedAtOnce() throws Exception {
    assertTooLarge(new Http(port, "finance").postMultipart("/api/v1/caseloads", tooLarge()));
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedToo() throws Exception {
    Multipart body = tooLarge();
    byte[] bytes = body.bytes();
    HttpResponse<String> response =
        new Http(port, "finance")
            .send(
                HttpRequest.newBuilder()
                    .header("Content-Type", body.contentType())
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(bytes))),
                "/api/v1/caseloads");
    assertTooLarge(response);
  }

  @Test
  void aFileUnderTheLimitIsKept() throws Exception {
    HttpResponse<String> response =
        new Http(port, "finance")
            .postMultipart(
                "/api/v1/caseloads",
                new Multipart()
                    .file(
                        "csv", "export.csv", Files.readAllBytes(CsvCaseloadEndpointTest.GOOD_ROWS))
                    .file(
                        "mapping",
                        "mapping.yaml",
                        Files.readAllBytes(
                            Path.of("..", "seeds", "mappings", "client-level-data.yaml"))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }
}
