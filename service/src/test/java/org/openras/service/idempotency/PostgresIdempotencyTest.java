package org.openras.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.openras.service.audit.AuditLog;
import org.openras.service.audit.ChainVerifier;
import org.openras.service.postgres.PostgresDatabase;
import org.openras.service.postgres.RequiresPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Safe retries on PostgreSQL (docs/adr/0022), in a database of its own, as the service's role
 * (which may insert, read, update and delete keys, and only insert and read audit records): a
 * retried calculation is answered with the same bytes and recorded once, racing repeats too;
 * another request with the key is refused; the purge works by the clock.
 */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext
class PostgresIdempotencyTest {
  static PostgresDatabase db;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    db = PostgresDatabase.create();
    db.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @AfterAll
  static void drop() {
    if (db != null) {
      db.close();
    }
  }

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired ChainVerifier chain;
  @Autowired DataSource dataSource;

  private HttpResponse<String> post(String body, String key) {
    return new Http(port)
        .send(
            HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)),
            Http.CALCULATIONS);
  }

  @Test
  void aRetriedCalculationIsAnsweredAgainAndRecordedOnce() throws Exception {
    String key = UUID.randomUUID().toString();
    long records = audit.count();

    HttpResponse<String> first = post(Seeds.first(), key);
    HttpResponse<String> again = post(Seeds.first(), key);
    HttpResponse<String> other = post(Seeds.read(Seeds.people().get(1)), key);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(Json.mapper().readTree(other.body()).get("type").asString())
        .endsWith("idempotency-key-reused");
    assertThat(audit.count()).isEqualTo(records + 1);

    String racing = UUID.randomUUID().toString();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        sent.add(
            pool.submit(
                () -> {
                  go.await();
                  return post(Seeds.first(), racing);
                }));
      }
      go.countDown();
      List<String> answered = new ArrayList<>();
      for (Future<HttpResponse<String>> f : sent) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).as(r.body()).isIn(200, 409);
        if (r.statusCode() == 200) {
          answered.add(r.body());
        }
      }
      assertThat(answered).isNotEmpty().allMatch(b -> b.equals(answered.get(0)));
    } finally {
      pool.shutdownNow();
    }
    assertThat(audit.count()).isEqualTo(records + 2);
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void thePurgeDeletesKeysPastTheirRetentionByTheClock() {
    // In the future: the service's own purge (db-scheduler, the real clock; other test contexts on
    // this database run it too) must not find the key expired while the test moves its clocks.
    Instant then = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(30));
    Duration day = Duration.ofHours(24);
    IdempotencyKeys atThen =
        new IdempotencyKeys(dataSource, Clock.fixed(then, ZoneOffset.UTC), day);
    IdempotencyClaim claim =
        atThen.claimFor("pg-purge", "k-1", "b".repeat(64), "POST", "/api/v1/scenarios");
    assertThat(atThen.claim(claim)).isTrue();
    atThen.complete(claim, 202, Map.of("Location", "/api/v1/scenarios/x"), new byte[] {1, 2});
    assertThat(atThen.find("pg-purge", "k-1"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.status()).isEqualTo(202);
              assertThat(s.headers()).containsEntry("Location", "/api/v1/scenarios/x");
              assertThat(s.body()).containsExactly(1, 2);
            });

    IdempotencyKeys before =
        new IdempotencyKeys(
            dataSource, Clock.fixed(then.plus(day).minusSeconds(1), ZoneOffset.UTC), day);
    // Other tests' keys (the real clock) are older than this clock: only this key counts.
    before.purge();
    assertThat(atThen.find("pg-purge", "k-1")).isPresent();
    IdempotencyKeys after =
        new IdempotencyKeys(dataSource, Clock.fixed(then.plus(day), ZoneOffset.UTC), day);
    assertThat(after.purge()).isPositive();
    assertThat(atThen.find("pg-purge", "k-1")).isEmpty();
  }
}
