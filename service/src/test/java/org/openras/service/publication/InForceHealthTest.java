package org.openras.service.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
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
  @Autowired OpenRasEngine engine;
  @Autowired ApplicationContext context;

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

    String page = policyPage();
    assertThat(page)
        .contains("id=\"no-version-today\"")
        .contains("No version of the personal budget rules is in force today, 1 June 2002")
        .contains("No version of the eligibility rules is in force today, 1 June 2002")
        .doesNotContain("No adjustments version");

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
    assertThat(policyPage()).contains("id=\"area-ras\"").doesNotContain("no-version-today");
  }

  @Test
  void notReadyAnswers503SoNoTrafficArrivesBeforeTheWarmUpEnds() {
    // Spring Boot refuses traffic until every ApplicationRunner (calculation.WarmUp) has run; the
    // probe must then answer 503, not 200 with OUT_OF_SERVICE in its body (issue 22).
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      HttpResponse<String> refusing = Http.anonymous(port).get("/actuator/health/readiness");
      assertThat(refusing.statusCode()).as(refusing.body()).isEqualTo(503);
      assertThat(refusing.body()).contains("OUT_OF_SERVICE");
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(Http.anonymous(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
  }

  /** The policy officer's rule-set versions page, signed in by the form. */
  private String policyPage() {
    try {
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      String signIn = browser.send(page("/web/sign-in").build(), BodyHandlers.ofString()).body();
      Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
      assertThat(csrf.find()).isTrue();
      browser.send(
          page("/web/sign-in")
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  BodyPublishers.ofString(
                      "username=policy&password=policy-demo&_csrf="
                          + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
              .build(),
          BodyHandlers.ofString());
      HttpResponse<String> versions =
          browser.send(page("/web/policy").build(), BodyHandlers.ofString());
      assertThat(versions.statusCode()).isEqualTo(200);
      return versions.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder page(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  @Test
  void adjustmentsAllowGapsAndAreNeverRequired() {
    // adjustments 2025-10-01 ends 2026-03-31 and allows gaps; the day after, it has none.
    assertThat(InForceHealthIndicator.missing(engineCatalogue(), LocalDate.of(2026, 4, 1)))
        .extracting(InForceHealthIndicator.Missing::area)
        .doesNotContain("adjustments");
    assertThat(engineCatalogue().inForce("adjustments", LocalDate.of(2026, 4, 1))).isEmpty();
  }

  private RuleSetCatalogue engineCatalogue() {
    return engine.catalogue();
  }
}
