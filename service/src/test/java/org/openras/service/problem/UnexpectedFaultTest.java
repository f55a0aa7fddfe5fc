package org.openras.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A fault nobody foresaw is logged here in full and told to the caller as a plain 500 problem
 * detail, with none of the fault's text, class or stack, and without the request body in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(UnexpectedFaultTest.Failing.class)
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFaultTest {
  static final String SECRET = "org.openras.secret java.lang.Thread password=hunter2";

  @LocalServerPort int port;

  /** Fails the way a bug would, with internals in its message. */
  @RestController
  static class Failing {
    @PostMapping("/test/failing")
    String fail(@RequestBody String body) {
      throw new IllegalStateException(SECRET);
    }
  }

  @Test
  void anUnexpectedFaultIsAGenericProblemDetailAndIsLogged(CapturedOutput output) {
    HttpResponse<String> response =
        new Http(port)
            .post("/test/failing", "{\"personRef\": \"LOG-CHECK-77\"}", "application/json");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:openras:problem:internal");
    assertThat(response.body()).doesNotContain("hunter2");
    Leaks.assertNone(response.body());
    assertThat(output.getOut() + output.getErr()).contains(SECRET).doesNotContain("LOG-CHECK-77");
  }
}
