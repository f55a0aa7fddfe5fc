package org.openras.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prometheus shows calculations, their latency and the rule-set versions loaded; the log of a
 * calculation carries no personal data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MetricsAndLogsTest {
  @LocalServerPort int port;

  @Test
  void prometheusShowsCalculationsLatencyAndRuleSets() {
    assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);

    String metrics = Http.anonymous(port).get("/actuator/prometheus").body();

    assertThat(metrics)
        .containsPattern("openras_calculations_total\\{outcome=\"answered\"} [1-9]")
        .contains("openras_calculation_duration_seconds_count")
        .contains("openras_calculation_duration_seconds_bucket")
        .containsPattern(
            "openras_ruleset_loaded\\{area=\"ras\",hash=\"[0-9a-f]{12}\",version=\"2025-04-01\"} 1")
        .containsPattern("openras_engine_info\\{version=\"[^\"]+\"} 1")
        .doesNotContain("SEED-");
  }

  @Test
  void aRefusedCalculationIsCountedAsRefused() {
    new Http(port).postJson("{\"personRef\": \"X\"}");
    assertThat(Http.anonymous(port).get("/actuator/prometheus").body())
        .containsPattern("openras_calculations_total\\{outcome=\"refused\"} [1-9]");
  }

  @Test
  void healthIsUp() {
    assertThat(Http.anonymous(port).get("/actuator/health").body()).contains("\"UP\"");
  }

  @Test
  void theLogOfACalculationHoldsNoPersonalData(CapturedOutput output) {
    String body = Seeds.first().replaceFirst("SEED-[0-9]+", "LOGCHECK-4711");

    assertThat(new Http(port).postJson(body).statusCode()).isEqualTo(200);

    assertThat(output.getAll())
        .contains("recorded as audit record")
        .doesNotContain("LOGCHECK-4711");
  }
}
