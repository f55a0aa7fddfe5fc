package org.openras.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A rule set without a figure a calculation needs (here: no price per point for mental health
 * support) is told as 422 naming the parameter, never guessed and never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissingParameterTest {
  @LocalServerPort int port;

  @DynamicPropertySource
  static void rulesWithoutAPrice(DynamicPropertyRegistry registry) throws IOException {
    Path store = Files.createTempDirectory("openras-rules-");
    Path version = store.resolve("ras/2025-04-01");
    copy(Path.of("../rules/ras/2025-04-01"), version);
    Path parameters = version.resolve("parameters.yaml");
    String yaml = Files.readString(parameters);
    String without = yaml.replaceFirst("(?m)^\\s+MENTAL_HEALTH: \\{value: \"[0-9.]+\".*\\n", "");
    assertThat(without).isNotEqualTo(yaml);
    Files.writeString(parameters, without);
    registry.add("openras.rules.dir", store::toString);
  }

  @Test
  void aMissingFigureIsUnprocessableAndNamesTheParameter() {
    String body = ProblemDetailsTest.request("");

    var response = new Http(port).postJson(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:openras:problem:missing-parameter");
    assertThat(problem.get("parameter").asString()).isEqualTo("pricePerPoint[MENTAL_HEALTH]");
    assertThat(problem.get("area").asString()).isEqualTo("ras");
    assertThat(problem.get("version").asString()).isEqualTo("2025-04-01");
    assertThat(problem.get("date").asString()).isEqualTo("2025-06-02");
    Leaks.assertNone(response.body());
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
