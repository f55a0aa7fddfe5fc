package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.result.RuleSetUsed;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every seed person through HTTP gives exactly what the engine gives them directly, from the
 * checkout's rules/ folder: the service adds nothing and loses nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalculationsEndpointTest {
  private static final Path SEEDS = Path.of("../seeds/people");
  private static OpenRasEngine direct;

  @LocalServerPort int port;

  @BeforeAll
  static void engineFromTheCheckout() {
    direct = OpenRasEngine.load(new DirectoryRuleStore(Path.of("../rules")));
  }

  static List<Path> seedPeople() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void theSeedsHoldAtLeastTenPeople() throws IOException {
    assertThat(seedPeople()).hasSizeGreaterThanOrEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedPeople")
  void aSeedPersonGetsTheEnginesOwnResult(Path seed) throws IOException {
    String body = Files.readString(seed);
    CalculationResult expected =
        direct.calculate(Json.mapper().readValue(body, CalculationRequest.class));

    HttpResponse<String> response = new Http(port).postJson(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode got = Json.mapper().readTree(response.body());
    assertThat(got.at("/ras/weeklyBudget").asString())
        .isEqualTo(expected.ras().weeklyBudget().toString());
    RuleSetUsed ras =
        expected.ruleSets().stream().filter(v -> v.area().equals("ras")).findFirst().orElseThrow();
    JsonNode gotRas =
        got.get("ruleSets")
            .valueStream()
            .filter(v -> v.get("area").asString().equals("ras"))
            .findFirst()
            .orElseThrow();
    assertThat(gotRas.get("version").asString()).isEqualTo(ras.version());
    assertThat(gotRas.get("hash").asString()).isEqualTo(ras.hash()).hasSize(64);
    assertThat(got.get("trace").size()).isPositive().isEqualTo(expected.trace().size());
    assertThat(got.get("calculationId").asString()).matches("[0-9a-f-]{36}");
    // The engine's own result, byte for byte, with its null members left out (ADR 0023).
    assertThat(response.body().replaceFirst("^\\{\"calculationId\":\"[0-9a-f-]{36}\",", "{"))
        .isEqualTo(
            Json.mapper()
                .writeValueAsString(
                    org.openras.service.audit.AuditTrailContract.withoutNulls(
                        Json.mapper().valueToTree(expected))));
  }

  @Test
  void aPinnedVersionCoveringTheDateIsUsed() throws IOException {
    String body =
        Files.readString(SEEDS.resolve("assessment-in-2024-before-recalibration.json"))
            .replaceFirst("\\{", "{\"ruleSetVersions\": {\"ras\": \"2024-04-01\"},");

    HttpResponse<String> response = new Http(port).postJson(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Json.mapper().readTree(response.body()).at("/ruleSets/0/version").asString())
        .isEqualTo("2024-04-01");
  }
}
