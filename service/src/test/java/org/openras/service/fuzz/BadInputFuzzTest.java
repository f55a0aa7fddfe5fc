package org.openras.service.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.quicktheories.core.Gen;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Generated bad requests for a calculation (fixed seed, so a failure can be replayed): each is
 * answered with a 4xx problem detail whose status is the HTTP status, naming nothing of how the
 * service is built, and the audit trail holds exactly the records it held before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputFuzzTest {
  static final long SEED = 20_261_124L;
  static final int EXAMPLES = 40;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @LocalServerPort int port;
  private long records;

  /** One answered calculation first, so the trail is not empty and its count can be compared. */
  @BeforeEach
  void oneGoodCalculation() {
    records = recordsChecked();
    if (records == 0) {
      assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);
      records = recordsChecked();
    }
    assertThat(records).isPositive();
  }

  @Test
  void wrongValuesAreRefused() {
    check(ValueDamage.wrongValues(), 3 * EXAMPLES);
  }

  /** Each within two seconds: a number's cost must follow its text, not its value (defect 2). */
  @Test
  void numbersWithHugeExponentsAreRefusedAtOnce() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(ValueDamage.hugeExponents())
        .checkAssert(
            attempt -> {
              long start = System.nanoTime();
              refused(attempt);
              assertThat(Duration.ofNanos(System.nanoTime() - start))
                  .as(attempt.toString())
                  .isLessThan(Duration.ofSeconds(2));
            });
    assertThat(recordsChecked()).isEqualTo(records);
  }

  @Test
  void missingAndUnknownFieldsAreRefused() {
    check(ValueDamage.missingFields().mix(ValueDamage.unknownFields()), EXAMPLES);
  }

  @Test
  void bodiesThatAreNotOneJsonObjectAreRefused() {
    check(
        RawDamage.truncated()
            .mix(RawDamage.trailingGarbage())
            .mix(RawDamage.notAnObject())
            .mix(RawDamage.randomBytes()),
        2 * EXAMPLES);
  }

  @Test
  void duplicateKeysAreRefused() {
    check(RawDamage.duplicateKeys(), EXAMPLES / 2);
  }

  @Test
  void deepNestingIsRefused() {
    check(RawDamage.deepNesting(), EXAMPLES * 3 / 4);
  }

  @Test
  void bodiesOverTheLimitAreRefused() {
    check(RawDamage.overTheLimit(), EXAMPLES * 3 / 4);
  }

  @Test
  void wrongContentTypesAreRefused() {
    check(RawDamage.wrongContentType(), EXAMPLES * 3 / 4);
  }

  @Test
  void invalidUtf8IsRefused() {
    check(RawDamage.invalidUtf8(), EXAMPLES * 3 / 4);
  }

  /**
   * Every attempt refused; the trail's record count checked after them all (each costs a verify).
   */
  private void check(Gen<Attempt> attempts, int examples) {
    qt().withFixedSeed(SEED).withExamples(examples).forAll(attempts).checkAssert(this::refused);
    assertThat(recordsChecked())
        .as("audit records after %d bad requests", examples)
        .isEqualTo(records);
  }

  private void refused(Attempt attempt) {
    HttpResponse<String> response = send(attempt);
    String said = attempt + " -> " + response.statusCode() + " " + response.body();
    assertThat(response.statusCode()).as(said).isBetween(400, 499);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(said)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.path("status").asInt()).as(said).isEqualTo(response.statusCode());
    assertThat(problem.path("type").isMissingNode() || problem.path("type").isString())
        .as(said)
        .isTrue();
    NoLeaks.in(response.body(), said);
  }

  private HttpResponse<String> send(Attempt attempt) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + Http.CALCULATIONS))
            .header("Authorization", NoLeaks.ASSESSOR)
            .POST(HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
    if (attempt.contentType() != null) {
      request.header("Content-Type", attempt.contentType());
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("No answer to " + attempt, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long recordsChecked() {
    JsonNode verification =
        Json.mapper().readTree(new Http(port, "auditor").get("/api/v1/audit/verify").body());
    assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
    return verification.path("recordsChecked").asLong();
  }
}
