package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Failed sign-ins are throttled per user name and per address (issue 18, defect 8): past the limit,
 * no password is checked, the right one included, and the answer is 429 with Retry-After, as a
 * problem detail, for HTTP Basic and the sign-in form alike. Small limits, in a context of its own
 * (the other tests' context keeps the defaults).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "openras.security.sign-in.failures-per-user=3",
      "openras.security.sign-in.failures-per-address=8",
      "openras.security.sign-in.window=10m"
    })
class SignInThrottleTest {
  @LocalServerPort int port;

  @Test
  void aUserWithTooManyFailuresWaitsEvenWithTheRightPassword() {
    for (int i = 0; i < 3; i++) {
      assertThat(new Http(port, "assessor", "guess-" + i).postJson(Seeds.first()).statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> refused = new Http(port, "assessor").postJson(Seeds.first());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 600L));
    JsonNode problem = Json.mapper().readTree(refused.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:openras:problem:too-many-sign-ins");
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(refused.body()).doesNotContain("weeklyBudget");
    // Another user from the same address is not locked out by the assessor's failures.
    assertThat(new Http(port, "auditor").get("/api/v1/audit/verify").statusCode()).isEqualTo(200);

    // The sign-in form is throttled too: it shares the check.
    assertThat(formSignIn("assessor", "assessor-demo").statusCode()).isEqualTo(429);

    // Then the address: five more failures under other names reach its limit of eight.
    for (int i = 0; i < 5; i++) {
      new Http(port, "someone-" + i, "guess").get("/api/v1/rulesets");
    }
    HttpResponse<String> address = new Http(port, "finance").get("/api/v1/rulesets");
    assertThat(address.statusCode()).as(address.body()).isEqualTo(429);
  }

  private HttpResponse<String> formSignIn(String user, String password) {
    try {
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      String page =
          browser
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/web/sign-in"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
      assertThat(m.find()).isTrue();
      String form =
          "username="
              + user
              + "&password="
              + password
              + "&_csrf="
              + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
      return browser.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/web/sign-in"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The counting itself, on a clock the test moves. */
  @Test
  void aWindowPassesAndTheMapStaysBounded() {
    Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    SignInThrottle throttle =
        new SignInThrottle(new SignInThrottle.Limits(2, 100, Duration.ofMinutes(5), 50), clock);
    throttle.failed("jo", "10.0.0.1");
    assertThat(throttle.secondsToWait("jo", "10.0.0.1")).isZero();
    throttle.failed("jo", "10.0.0.1");
    assertThat(throttle.secondsToWait("jo", "10.0.0.2")).isEqualTo(300);
    now[0] = now[0].plusSeconds(299);
    assertThat(throttle.secondsToWait("jo", "10.0.0.2")).isEqualTo(1);
    now[0] = now[0].plusSeconds(1);
    assertThat(throttle.secondsToWait("jo", "10.0.0.2")).isZero();

    for (int i = 0; i < 1_000; i++) {
      throttle.failed("name-" + i, "10.1." + (i / 250) + "." + (i % 250));
    }
    assertThat(throttle.tracked()).isLessThanOrEqualTo(50);
  }
}
