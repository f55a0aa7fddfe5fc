package org.openras.service.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.VersionHasher;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.publication.PublicationEntry.Action;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the service does with a published set it cannot serve: a log changed behind its back (on H2,
 * which has no triggers, as someone with database access could) and a broken version put into the
 * database without the API's checks. Each is refused whole: the engine keeps the last good set,
 * health says DEGRADED naming the problem, and a later good reload brings it back to UP.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.publication.poll=PT1H")
class RefusedSetTest {
  @LocalServerPort int port;
  @Autowired LiveReload live;
  @Autowired PublicationLog log;
  @Autowired OpenRasEngine engine;
  @Autowired JdbcTemplate jdbc;

  /** Health as a policy officer sees it: each component with its details. */
  JsonNode health() {
    HttpResponse<String> r = new Http(port, "policy").get("/actuator/health");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  /** Anyone sees each component's status, never its details. */
  JsonNode anonymousHealth() {
    HttpResponse<String> r = Http.anonymous(port).get("/actuator/health");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode h = Json.mapper().readTree(r.body());
    h.get("components").forEach(c -> assertThat(c.has("details")).as(r.body()).isFalse());
    return h;
  }

  JsonNode publicationLog() {
    return Json.mapper()
        .readTree(new Http(port, "auditor").get("/api/v1/rulesets/publications").body());
  }

  @Test
  void aChangedLogEntryIsDetectedAndTheLastGoodSetKept() {
    var served = engine.catalogue();
    assertThat(publicationLog().get("intact").asBoolean()).isTrue();
    jdbc.update("UPDATE publication_entry SET actor = 'mallory' WHERE sequence = 2");
    try {
      JsonNode broken = publicationLog();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("firstBroken").get("sequence").asLong()).isEqualTo(2);
      assertThat(broken.get("firstBroken").get("problem").asString())
          .contains("changed after it was written");

      live.reload();
      assertThat(engine.catalogue()).isSameAs(served);
      JsonNode rules = health().get("components").get("rules");
      assertThat(health().get("status").asString()).isEqualTo("DEGRADED");
      assertThat(rules.get("status").asString()).isEqualTo("DEGRADED");
      assertThat(rules.get("details").get("refused").get(0).get("version").asString())
          .isEqualTo("publication log");
      assertThat(rules.get("details").get("refused").get(0).get("problem").asString())
          .contains("entry 2");
      assertThat(
              new Http(port, "assessor").postJson(org.openras.service.Seeds.first()).statusCode())
          .as("calculations go on, on the last good set")
          .isEqualTo(200);
    } finally {
      jdbc.update("UPDATE publication_entry SET actor = 'openras start-up' WHERE sequence = 2");
    }
    live.reload();
    assertThat(health().get("components").get("rules").get("status").asString()).isEqualTo("UP");
  }

  @Test
  void aBrokenVersionPutIntoTheDatabaseIsRefusedAndHealthSaysSo() {
    refusedWhenPutBehindTheApi(
        "\nrule \"RAS-999 Broken\"\nwhen\n  nonsense(\nthen\nend\n", "does not compile");
  }

  /** Validated as at start-up and as the API validates: it compiles, but a rule has no source. */
  @Test
  void aVersionThatCompilesButFailsValidationIsRefusedNamingFileAndLine() {
    refusedWhenPutBehindTheApi(
        "\nrule \"RAS-997 A rule with no source\"\nwhen\nthen\nend\n", "ras/2025-09-01/Ras.drl:");
  }

  /**
   * Puts a copy of ras/2025-04-01 from 1 September 2025 with {@code drlExtra} added into the
   * database as someone with database access could, without the API's checks: the reload refuses it
   * with a problem containing {@code problem}, health says DEGRADED, and the last good set is
   * served; taken out again, health is UP.
   */
  private void refusedWhenPutBehindTheApi(String drlExtra, String problem) {
    var served = engine.catalogue();
    RuleSetVersion ras = served.find("ras", "2025-04-01").orElseThrow();
    TreeMap<String, byte[]> files = new TreeMap<>();
    ras.source()
        .files()
        .forEach(
            (path, bytes) -> {
              String text = new String(bytes, StandardCharsets.UTF_8);
              if (path.equals("ruleset.yaml")) {
                text = text.replace("2025-04-01", "2025-09-01");
              } else if (path.equals("Ras.drl")) {
                text = text.replace("v2025_04_01", "v2025_09_01") + drlExtra;
              }
              files.put(path, text.getBytes(StandardCharsets.UTF_8));
            });
    RuleSetSource broken = new RuleSetSource("ras", "2025-09-01", files);
    String hash = VersionHasher.hash(broken);
    long sequence =
        log.locked(
            tx -> {
              tx.storeContent(broken, hash);
              return tx.append(
                      "ras",
                      "2025-09-01",
                      hash,
                      Action.PUBLISH,
                      java.time.LocalDate.of(2025, 9, 1),
                      "someone with database access",
                      "")
                  .sequence();
            });
    try {
      live.reload();
      assertThat(engine.catalogue()).isSameAs(served);
      JsonNode rules = health().get("components").get("rules");
      assertThat(rules.get("status").asString()).isEqualTo("DEGRADED");
      assertThat(anonymousHealth().get("components").get("rules").get("status").asString())
          .isEqualTo("DEGRADED");
      JsonNode refused = rules.get("details").get("refused").get(0);
      assertThat(refused.get("version").asString()).isEqualTo("ras/2025-09-01");
      assertThat(refused.get("problem").asString()).contains(problem);
      assertThat(rules.get("details").get("served").toString()).contains("ras/2025-04-01");
    } finally {
      jdbc.update("DELETE FROM publication_entry WHERE sequence = ?", sequence);
      jdbc.update("DELETE FROM published_content WHERE version = '2025-09-01'");
    }
    live.reload();
    assertThat(health().get("components").get("rules").get("status").asString()).isEqualTo("UP");
    assertThat(health().get("status").asString()).isEqualTo("UP");
  }
}
