package org.openras.service.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readiness when an area that must always have a rule-set version has none in force today
 * (docs/adr/0020): the service's clock is moved to a day before the earliest shipped version of
 * every area; readiness is DEGRADED but answers 200 (the load balancer keeps the instance), names
 * each such area and the date to a policy officer, and shows neither to someone not signed in. On
 * the real day (2 December 2026) adjustments has no version either, but its versions allow gaps:
 * UP.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.publication.poll=PT1H")
class InForceHealthTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final MutableClock CLOCK = new MutableClock(TODAY);
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired InForceHealthIndicator indicator;

  @TestConfiguration
  static class Clock {
    @Bean
    @Primary
    MutableClock testClock() {
      return CLOCK;
    }
  }

  @AfterEach
  void backToToday() {
    CLOCK.set(TODAY);
  }

  @Test
  void anAreaWithNoVersionInForceTodayIsDegradedButStillServed() {
    LocalDate before = LocalDate.of(2002, 6, 1); // eligibility's first version: 2003-04-01
    CLOCK.set(before);

    HttpResponse<String> asPolicy = new Http(port, "policy").get("/actuator/health/readiness");

    assertThat(asPolicy.statusCode()).as(asPolicy.body()).isEqualTo(200);
    JsonNode health = JSON.readTree(asPolicy.body());
    assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
    JsonNode inForce = health.get("components").get("inForce");
    assertThat(inForce.get("status").asString()).isEqualTo("DEGRADED");
    assertThat(inForce.get("details").get("date").asString()).isEqualTo("2002-06-01");
    JsonNode missing = inForce.get("details").get("noVersionInForce");
    assertThat(missing.findValuesAsString("area"))
        .contains("eligibility", "ras", "contributions")
        .doesNotContain("adjustments");
    assertThat(missing.findValuesAsString("date")).containsOnly("2002-06-01");
    assertThat(missing.toString()).contains("2003-04-01 (2003-04-01 to 2015-03-31)");

    HttpResponse<String> anonymous = Http.anonymous(port).get("/actuator/health/readiness");
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("DEGRADED").doesNotContain("eligibility");

    // Still answering, on a day a version covers.
    assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);
  }

  @Test
  void everyAreaThatMustHaveAVersionHasOneTodaySoReadinessIsUp() {
    HttpResponse<String> asPolicy = new Http(port, "policy").get("/actuator/health/readiness");

    assertThat(asPolicy.statusCode()).isEqualTo(200);
    JsonNode inForce = JSON.readTree(asPolicy.body()).get("components").get("inForce");
    assertThat(inForce.get("status").asString()).isEqualTo("UP");
    assertThat(inForce.get("details").get("date").asString()).isEqualTo("2026-12-02");
    assertThat(inForce.get("details").has("noVersionInForce")).isFalse();
  }

  @Test
  void adjustmentsAllowGapsAndAreNeverRequired() {
    // adjustments 2025-10-01 ends 2026-03-31 and allows gaps; the day after, it has none.
    assertThat(InForceHealthIndicator.missing(engineCatalogue(), LocalDate.of(2026, 4, 1)))
        .extracting(InForceHealthIndicator.Missing::area)
        .doesNotContain("adjustments");
    assertThat(engineCatalogue().inForce("adjustments", LocalDate.of(2026, 4, 1))).isEmpty();
  }

  @Autowired org.openras.engine.OpenRasEngine engine;

  private org.openras.engine.catalogue.RuleSetCatalogue engineCatalogue() {
    return engine.catalogue();
  }
}
