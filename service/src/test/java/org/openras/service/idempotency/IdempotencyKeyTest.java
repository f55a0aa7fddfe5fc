package org.openras.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.openras.service.audit.AuditLog;
import org.openras.service.audit.ChainVerifier;
import org.openras.service.problem.ProblemWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * Safe retries (issue 20.4, docs/adr/0022) over HTTP on H2: a calculation repeated with its {@code
 * Idempotency-Key} gets the first answer's bytes and is recorded once; another request with the key
 * is refused (422), a bad key too (400, naming the header), a repeat racing the first is refused
 * (409) or replayed, never recorded twice; the key is the user's own; a refused request is not
 * kept; a scenario job is started once; keys expire by the clock and are purged.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // The demonstration assessor, finance officer, and a second assessor with the assessor's
      // password (a hash of "assessor-demo").
      "openras.security.users[0].name=assessor",
      "openras.security.users[0].password=$2a$04$V5tf75ngr8nABuHOqQuzqOzYzmuW7YFfNqQ7Gm4Xu00xR0TW/HHoa",
      "openras.security.users[0].roles=ASSESSOR",
      "openras.security.users[1].name=second-assessor",
      "openras.security.users[1].password=$2a$04$V5tf75ngr8nABuHOqQuzqOzYzmuW7YFfNqQ7Gm4Xu00xR0TW/HHoa",
      "openras.security.users[1].roles=ASSESSOR",
      "openras.security.users[2].name=finance",
      "openras.security.users[2].password=$2a$04$lsZ2Pslrx.HJkY6fHGq3AORp6d34vl3m/uEX2Ye3owZSPHgAY/6pS",
      "openras.security.users[2].roles=FINANCE"
    })
class IdempotencyKeyTest {
  private static final String CALCULATIONS = Http.CALCULATIONS;
  private static final String SCENARIOS = "/api/v1/scenarios";

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired ChainVerifier chain;
  @Autowired MeterRegistry registry;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  private Http assessor() {
    return new Http(port);
  }

  private Http secondAssessor() {
    return new Http(port, "second-assessor", "assessor-demo");
  }

  private Http finance() {
    return new Http(port, "finance");
  }

  private static HttpResponse<String> post(Http as, String path, String body, String... keys) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder()
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (String key : keys) {
      request.header("Idempotency-Key", key);
    }
    return as.send(request, path);
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private static JsonNode json(HttpResponse<String> r) {
    return Json.mapper().readTree(r.body());
  }

  private double replays(String operation) {
    return registry.get(IdempotencyMetrics.REPLAYS).tag("operation", operation).counter().count();
  }

  @Autowired IdempotencyKeys keys;
  @Autowired RecordedAnswers recordedAnswers;
  @Autowired ProblemWriter problemWriter;
  @Autowired IdempotencyMetrics idempotencyMetrics;

  /**
   * A refused request keeps nothing, so a corrected request sent with the same key the moment the
   * refusal arrives is a first request, even when it comes while the refused one's thread still
   * holds the key on this instance (its answer already sent): it waits for the key
   * (IdempotencyFilter.RELEASE_WAIT), never a 409. The first request is held in its chain by a
   * latch, so the repeat always arrives while the key is held.
   */
  @Test
  void aRepeatWaitsForTheKeyOfARequestThatIsFinishing() throws Exception {
    IdempotencyFilter filter = filter();
    String key = key();
    CountDownLatch finish = new CountDownLatch(1);
    Thread first = heldRefusal(filter, "{\"title\": \"no caseload\"}", key, finish);
    // The first request finishes (a refusal) while the repeat waits for its key.
    new Thread(
            () -> {
              pause(200);
              finish.countDown();
            })
        .start();
    MockHttpServletResponse second = new MockHttpServletResponse();
    AtomicBoolean ran = new AtomicBoolean();
    SecurityContextHolder.getContext().setAuthentication(FINANCE);
    try {
      filter.doFilter(
          scenarioPost(scenario("Corrected"), key),
          second,
          (req, res) -> {
            ran.set(true);
            ((HttpServletResponse) res).setStatus(202);
          });
    } finally {
      SecurityContextHolder.clearContext();
    }
    first.join();
    assertThat(second.getStatus()).as(second.getContentAsString()).isEqualTo(202);
    assertThat(ran).isTrue();
  }

  /** A repeat while the first request is still running, past the wait, is 409 and runs nothing. */
  @Test
  void aRepeatWhileTheFirstIsStillRunningIsRefusedInFlight() throws Exception {
    IdempotencyFilter filter = filter();
    String key = key();
    CountDownLatch finish = new CountDownLatch(1);
    Thread first = heldRefusal(filter, scenario("Running"), key, finish);
    MockHttpServletResponse second = new MockHttpServletResponse();
    AtomicBoolean ran = new AtomicBoolean();
    SecurityContextHolder.getContext().setAuthentication(FINANCE);
    try {
      filter.doFilter(scenarioPost(scenario("Running"), key), second, (req, res) -> ran.set(true));
    } finally {
      SecurityContextHolder.clearContext();
      finish.countDown();
    }
    first.join();
    assertThat(second.getStatus()).isEqualTo(409);
    assertThat(second.getContentAsString()).contains("idempotency-key-in-flight");
    assertThat(ran).isFalse();
  }

  /**
   * The first request with the key, on its own thread: held in its chain until {@code finish}, then
   * refused (a 400 keeps nothing). Returns once it holds the key.
   */
  private static Thread heldRefusal(
      IdempotencyFilter filter, String body, String key, CountDownLatch finish)
      throws InterruptedException {
    CountDownLatch inChain = new CountDownLatch(1);
    Thread first =
        asFinance(
            () ->
                filter.doFilter(
                    scenarioPost(body, key),
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      inChain.countDown();
                      await(finish);
                      ((HttpServletResponse) res).setStatus(400);
                    }));
    assertThat(inChain.await(30, TimeUnit.SECONDS)).isTrue();
    return first;
  }

  private static final Authentication FINANCE =
      UsernamePasswordAuthenticationToken.authenticated(
          "finance", null, List.of(new SimpleGrantedAuthority("ROLE_FINANCE")));

  private IdempotencyFilter filter() {
    return new IdempotencyFilter(
        keys, recordedAnswers, problemWriter, idempotencyMetrics, Duration.ofMinutes(10));
  }

  private static MockHttpServletRequest scenarioPost(String body, String key) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", SCENARIOS);
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    request.addHeader("Idempotency-Key", key);
    return request;
  }

  /** A filter call to make on its own thread, signed in as the finance officer. */
  private interface Call {
    void run() throws Exception;
  }

  private static Thread asFinance(Call call) {
    Thread t =
        new Thread(
            () -> {
              SecurityContextHolder.getContext().setAuthentication(FINANCE);
              try {
                call.run();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              } finally {
                SecurityContextHolder.clearContext();
              }
            });
    t.start();
    return t;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aRetriedCalculationGetsTheSameBytesAndIsRecordedOnce() {
    String key = key();
    long records = audit.count();
    double replayed = replays("POST " + CALCULATIONS);

    HttpResponse<String> first = post(assessor(), CALCULATIONS, Seeds.first(), key);
    HttpResponse<String> again = post(assessor(), CALCULATIONS, Seeds.first(), key);
    // The same request written otherwise (members in another order, no spaces) is the same one.
    String rewritten = Json.mapper().writeValueAsString(Json.mapper().readTree(Seeds.first()));
    assertThat(rewritten).isNotEqualTo(Seeds.first());
    HttpResponse<String> rewrittenAgain = post(assessor(), CALCULATIONS, rewritten, key);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    for (HttpResponse<String> repeat : List.of(again, rewrittenAgain)) {
      assertThat(repeat.statusCode()).isEqualTo(200);
      assertThat(repeat.body()).isEqualTo(first.body());
      assertThat(repeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");
      assertThat(repeat.headers().firstValue("Content-Type"))
          .isEqualTo(first.headers().firstValue("Content-Type"));
    }
    assertThat(audit.count()).isEqualTo(records + 1);
    UUID id = UUID.fromString(json(first).get("calculationId").asString());
    assertThat(audit.find(id)).isPresent();
    assertThat(chain.verify().intact()).isTrue();
    assertThat(replays("POST " + CALCULATIONS)).isEqualTo(replayed + 2);
  }

  @Test
  void theSameKeyWithAnotherRequestIsRefusedWith422() {
    String key = key();
    long records = audit.count();
    List<java.nio.file.Path> people = Seeds.people();

    HttpResponse<String> first = post(assessor(), CALCULATIONS, Seeds.read(people.get(0)), key);
    HttpResponse<String> other = post(assessor(), CALCULATIONS, Seeds.read(people.get(1)), key);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
    assertThat(other.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json(other).get("type").asString()).endsWith("idempotency-key-reused");
    assertThat(audit.count()).isEqualTo(records + 1);
  }

  @Test
  void aBadKeyIsRefusedWith400NamingTheHeaderAndNothingIsRecorded() {
    long records = audit.count();
    List<HttpResponse<String>> refused =
        List.of(
            post(assessor(), CALCULATIONS, Seeds.first(), "k".repeat(256)),
            post(assessor(), CALCULATIONS, Seeds.first(), ""),
            post(assessor(), CALCULATIONS, Seeds.first(), "one", "two"));

    for (HttpResponse<String> r : refused) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      JsonNode problem = json(r);
      assertThat(problem.get("type").asString()).endsWith("invalid-request");
      assertThat(problem.at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
      assertThat(problem.get("detail").asString()).contains("Idempotency-Key");
    }
    assertThat(post(assessor(), CALCULATIONS, Seeds.first(), "k".repeat(255)).statusCode())
        .isEqualTo(200);
    assertThat(audit.count()).isEqualTo(records + 1);
  }

  @Test
  void concurrentRepeatsAreRefusedOrReplayedAndRecordedOnce() throws Exception {
    String key = key();
    long records = audit.count();
    int callers = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        sent.add(
            pool.submit(
                () -> {
                  go.await();
                  return post(assessor(), CALCULATIONS, Seeds.first(), key);
                }));
      }
      go.countDown();
      List<String> answered = new ArrayList<>();
      for (Future<HttpResponse<String>> f : sent) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).as(r.body()).isIn(200, 409);
        if (r.statusCode() == 200) {
          answered.add(r.body());
        } else {
          assertThat(json(r).get("type").asString()).endsWith("idempotency-key-in-flight");
          assertThat(r.headers().firstValue("Retry-After")).isPresent();
        }
      }
      assertThat(answered).isNotEmpty();
      assertThat(answered).allMatch(b -> b.equals(answered.get(0)));
    } finally {
      pool.shutdownNow();
    }
    // Once the first is answered, every repeat gets its answer.
    HttpResponse<String> after = post(assessor(), CALCULATIONS, Seeds.first(), key);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(audit.count()).isEqualTo(records + 1);
  }

  @Test
  void theSameKeyFromTwoUsersIsTwoKeys() {
    String key = key();
    long records = audit.count();

    HttpResponse<String> mine = post(assessor(), CALCULATIONS, Seeds.first(), key);
    HttpResponse<String> theirs = post(secondAssessor(), CALCULATIONS, Seeds.first(), key);
    HttpResponse<String> mineAgain = post(assessor(), CALCULATIONS, Seeds.first(), key);
    HttpResponse<String> theirsAgain = post(secondAssessor(), CALCULATIONS, Seeds.first(), key);

    assertThat(List.of(mine, theirs)).allMatch(r -> r.statusCode() == 200);
    assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(json(mine).get("calculationId")).isNotEqualTo(json(theirs).get("calculationId"));
    assertThat(mineAgain.body()).isEqualTo(mine.body());
    assertThat(theirsAgain.body()).isEqualTo(theirs.body());
    assertThat(audit.count()).isEqualTo(records + 2);
  }

  @Test
  void aRefusedRequestIsNotKeptSoItMayBeCorrectedAndSentWithTheSameKey() {
    String key = key();
    long records = audit.count();

    HttpResponse<String> refused = post(assessor(), CALCULATIONS, "{\"personRef\": \"X-1\"}", key);
    HttpResponse<String> corrected = post(assessor(), CALCULATIONS, Seeds.first(), key);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(audit.count()).isEqualTo(records + 1);
  }

  private static String scenario(String title) {
    return "{\"title\": \""
        + title
        + "\", \"caseload\": {\"generate\": {\"people\": 5, \"seed\": 3}},"
        + " \"baseline\": {\"date\": \"2025-06-02\"}, \"candidate\": {\"date\": \"2025-11-03\"}}";
  }

  private long jobs() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM finance_job", Long.class);
  }

  @Test
  void aRetriedScenarioStartsOneJobAndGetsTheFirstAnswerWithItsLocation() {
    String key = key();
    long jobs = jobs();

    HttpResponse<String> refused = post(finance(), SCENARIOS, "{\"title\": \"no caseload\"}", key);
    HttpResponse<String> first = post(finance(), SCENARIOS, scenario("Retried"), key);
    HttpResponse<String> again = post(finance(), SCENARIOS, scenario("Retried"), key);
    HttpResponse<String> other = post(finance(), SCENARIOS, scenario("Another"), key);

    assertThat(refused.statusCode()).isBetween(400, 499);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Location"))
        .isPresent()
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(jobs()).isEqualTo(jobs + 1);
  }

  @Test
  void keysExpireAfterTheRetentionByTheClockAndArePurged() {
    // Whole milliseconds: the database keeps microseconds, and an instant with nanoseconds
    // rounded up on insert would expire a fraction of a microsecond after the clock says.
    // In the future, so the service's own purge (the real clock) never finds it expired first.
    Instant then =
        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plus(Duration.ofDays(10));
    Duration day = Duration.ofHours(24);
    IdempotencyKeys atThen =
        new IdempotencyKeys(dataSource, Clock.fixed(then, ZoneOffset.UTC), day);
    IdempotencyClaim claim =
        atThen.claimFor("purge-test", key(), "a".repeat(64), "POST", SCENARIOS);
    assertThat(atThen.claim(claim)).isTrue();
    atThen.complete(
        claim, 202, java.util.Map.of("Content-Type", "application/json"), new byte[] {});

    IdempotencyKeys justBefore =
        new IdempotencyKeys(
            dataSource, Clock.fixed(then.plus(day).minusMillis(1), ZoneOffset.UTC), day);
    // Other tests' keys (the real clock, 24 hours) are older than this clock: only this key counts.
    justBefore.purge();
    assertThat(justBefore.find(claim.user(), claim.key())).isPresent();
    assertThat(atThen.find(claim.user(), claim.key())).isPresent(); // kept, not just unexpired

    IdempotencyKeys atExpiry =
        new IdempotencyKeys(dataSource, Clock.fixed(then.plus(day), ZoneOffset.UTC), day);
    assertThat(atExpiry.find(claim.user(), claim.key())).isEmpty(); // expired counts as absent
    assertThat(atThen.find(claim.user(), claim.key())).isEmpty(); // and was deleted
    atThen.claim(claim);
    assertThat(atExpiry.purge()).isPositive();
    assertThat(atThen.find(claim.user(), claim.key())).isEmpty();
  }

  @Test
  void thePurgeIsARecurringTaskOfTheSharedScheduler() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    long tasks = 0;
    while (tasks == 0 && Instant.now().isBefore(deadline)) {
      tasks =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ?",
              Long.class,
              IdempotencyPurge.TASK);
      Thread.sleep(100);
    }
    assertThat(tasks).isEqualTo(1);
  }

  @Test
  void theApiDescriptionDeclaresTheHeaderAndItsAnswers() {
    JsonNode api = json(assessor().get("/v3/api-docs"));
    for (IdempotentOperations.Operation op : IdempotentOperations.ALL) {
      JsonNode operation = api.path("paths").path(op.path()).path("post");
      assertThat(operation.isMissingNode()).as(op.name()).isFalse();
      assertThat(operation.get("parameters").valueStream())
          .as(op.name())
          .anySatisfy(
              p -> {
                assertThat(p.get("name").asString()).isEqualTo("Idempotency-Key");
                assertThat(p.get("in").asString()).isEqualTo("header");
                assertThat(p.at("/schema/maxLength").asInt()).isEqualTo(255);
              });
      assertThat(operation.get("responses").propertyNames())
          .as(op.name())
          .contains("400", "409", "422");
      assertThat(operation.at("/responses/422/description").asString()).contains("Idempotency-Key");
    }
    assertThat(
            api.at("/paths/~1api~1v1~1calculations/post/responses/200/headers")
                .has("Idempotent-Replayed"))
        .isTrue();
  }
}
