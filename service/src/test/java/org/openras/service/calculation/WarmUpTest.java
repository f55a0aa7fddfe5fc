package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.service.OpenRasApplication;
import org.openras.service.audit.AuditWriter;
import org.openras.service.security.WarmUpCredentials;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The JIT warm-up runs the served versions' policy cases through the calculation path before the
 * service reports ready, over HTTP to the service itself (docs/adr/0035) or in process, and records
 * nothing: the audit trail is empty afterwards, and the warm-up's sign-in is refused once the
 * service is ready.
 */
@ExtendWith(OutputCaptureExtension.class)
class WarmUpTest {
  private static final Pattern DONE =
      Pattern.compile(
          "Warmed up the calculation path in \\d+ ms: (\\d+) calculations of (\\d+) policy cases"
              + " (over HTTP to /api/v1/calculations|in process), none recorded \\((\\d+) appends"
              + " rehearsed and rolled back\\)");

  private static final Path SEED =
      Path.of("../seeds/people/older-person-full-assessment-pays-a-contribution.json");

  /** A started service and the log as it stood when the service said it was ready. */
  private record Started(ConfigurableApplicationContext service, String logWhenReady) {}

  private static Started start(Path data, CapturedOutput out, String... more) {
    AtomicReference<String> whenReady = new AtomicReference<>();
    ApplicationListener<ApplicationEvent> ready =
        e -> {
          if (e instanceof AvailabilityChangeEvent<?> a
              && a.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            whenReady.set(out.getOut());
          }
        };
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                // Every case once (within the minute even on a busy machine), then a few more.
                "--openras.warm-up=PT60S",
                "--openras.warm-up.calculations=1",
                "--server.port=0",
                "--openras.data.dir=" + data));
    args.addAll(List.of(more));
    ConfigurableApplicationContext service =
        new SpringApplicationBuilder(OpenRasApplication.class)
            .listeners(ready)
            .run(args.toArray(String[]::new));
    return new Started(service, whenReady.get());
  }

  private static int records(ConfigurableApplicationContext service) {
    return service
        .getBean(JdbcTemplate.class)
        .queryForObject("SELECT COUNT(*) FROM audit_record", Integer.class);
  }

  @Test
  void theServiceWarmsUpOverHttpBeforeItIsReadyRecordsNothingAndThenRefusesTheWarmUpsName(
      @TempDir Path data, CapturedOutput out) throws Exception {
    Started started = start(data, out);
    try (ConfigurableApplicationContext service = started.service()) {
      assertThat(started.logWhenReady()).as("the service became ready").isNotNull();
      Matcher done = DONE.matcher(started.logWhenReady());
      assertThat(done.find()).as("warmed up before it was ready").isTrue();
      assertThat(done.group(3)).isEqualTo("over HTTP to /api/v1/calculations");
      long cases = Long.parseLong(done.group(2));
      assertThat(cases).isGreaterThan(20);
      assertThat(Long.parseLong(done.group(1))).isGreaterThanOrEqualTo(cases);
      assertThat(records(service)).isZero();
      // Each request over HTTP rehearsed its append through the audit writer: nothing written.
      assertThat(Long.parseLong(done.group(4)))
          .isEqualTo(service.getBean(AuditWriter.class).rehearsed())
          .isGreaterThanOrEqualTo(Long.parseLong(done.group(1)) - cases);

      // The requests went through the HTTP stack (the server's own timer counted them), and the
      // calculation meters, which count answers to people, did not count them.
      MeterRegistry meters = service.getBean(MeterRegistry.class);
      Timer http =
          meters
              .find("http.server.requests")
              .tag("uri", "/api/v1/calculations")
              .tag("status", "200")
              .timer();
      assertThat(http).isNotNull();
      assertThat(http.count()).isPositive();
      assertThat(meters.find("openras.calculation.duration").timer().count()).isZero();
      assertThat(service.getBean(WarmUpCredentials.class).isOpen()).isFalse();

      // Ready now: the warm-up's name signs nobody in, whatever the password.
      String port = service.getEnvironment().getProperty("local.server.port");
      String body = Files.readString(SEED);
      HttpResponse<String> refused =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/api/v1/calculations"))
                      .header("Content-Type", "application/json")
                      .header("Authorization", basic(WarmUpCredentials.NAME, "any"))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(records(service)).isZero();
    }
  }

  @Test
  void inProcessWhenAskedAndStillNothingRecorded(@TempDir Path data, CapturedOutput out) {
    Started started = start(data, out, "--openras.warm-up.over-http=false");
    try (ConfigurableApplicationContext service = started.service()) {
      Matcher done = DONE.matcher(started.logWhenReady());
      assertThat(done.find()).as("warmed up before it was ready").isTrue();
      assertThat(done.group(3)).isEqualTo("in process");
      assertThat(done.group(4)).isEqualTo("0");
      assertThat(records(service)).isZero();
    }
  }

  @Test
  void theCalculationServiceRecordsNothingForTheWarmUpsSignInAndRecordsAUsers(
      @TempDir Path data, CapturedOutput out) throws Exception {
    Started started = start(data, out);
    try (ConfigurableApplicationContext service = started.service()) {
      CalculationService calculations = service.getBean(CalculationService.class);
      CalculationRequest request =
          Json.mapper().readValue(Files.readString(SEED), CalculationRequest.class);
      var warmUp =
          UsernamePasswordAuthenticationToken.authenticated(
              WarmUpCredentials.NAME,
              null,
              List.of(
                  new SimpleGrantedAuthority("ROLE_ASSESSOR"),
                  new SimpleGrantedAuthority("OPENRAS_WARM_UP")));
      var assessor =
          UsernamePasswordAuthenticationToken.authenticated(
              "assessor", null, List.of(new SimpleGrantedAuthority("ROLE_ASSESSOR")));

      CalculationResponse unrecorded = calculations.calculate(request, warmUp);
      assertThat(unrecorded.result()).isNotNull();
      assertThat(records(service)).isZero();

      CalculationResponse recorded = calculations.calculate(request, assessor);
      assertThat(recorded.result().ras()).isEqualTo(unrecorded.result().ras());
      assertThat(records(service)).isOne();
    }
  }

  @Test
  void overHttpOnlyWhereThePortIsKnownAndServesPlainHttp() {
    var env = new org.springframework.mock.env.MockEnvironment();
    assertThat(WarmUp.whyNotOverHttp(env)).isEqualTo("the service's HTTP port is not known");
    env.setProperty("local.server.port", "8080");
    assertThat(WarmUp.whyNotOverHttp(env)).isNull();
    env.setProperty("server.forward-headers-strategy", "native"); // TLS at a proxy: plain here
    assertThat(WarmUp.whyNotOverHttp(env)).isNull();
    env.setProperty("server.ssl.bundle", "web");
    assertThat(WarmUp.whyNotOverHttp(env))
        .isEqualTo("the service's port serves HTTPS (server.ssl)");
    env.setProperty("server.ssl.enabled", "false");
    assertThat(WarmUp.whyNotOverHttp(env)).isNull();
  }

  private static String basic(String name, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
