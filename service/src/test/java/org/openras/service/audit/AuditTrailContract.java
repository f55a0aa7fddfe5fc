package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the audit trail must do on every database: one complete record per answered calculation,
 * none for a refused one, replays identical for every seed person, one valid chain under concurrent
 * writers, and a row changed behind the service's back named by verification.
 */
public abstract class AuditTrailContract {
  static final int THREADS = 6;
  static final int PER_THREAD = 15;

  @LocalServerPort protected int port;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected AuditLog log;
  @Autowired protected AuditWriter writer;

  /** Runs SQL as an attacker with full access to the database would (past any trigger). */
  protected abstract void asAttacker(String sql);

  protected Http assessor() {
    return new Http(port, "assessor");
  }

  protected Http auditor() {
    return new Http(port, "auditor");
  }

  protected JsonNode verify() {
    HttpResponse<String> response = auditor().get("/api/v1/audit/verify");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  protected JsonNode calculate(String body) {
    HttpResponse<String> response = assessor().postJson(body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  protected JsonNode record(String id) {
    HttpResponse<String> response = auditor().get("/api/v1/calculations/" + id);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  @Test
  public void anAnsweredCalculationWritesOneCompleteRecord() {
    String body = Seeds.first();
    long before = log.count();

    JsonNode response = calculate(body);

    assertThat(log.count()).isEqualTo(before + 1);
    String id = response.get("calculationId").asString();
    JsonNode record = record(id);
    assertThat(record.get("calculationId").asString()).isEqualTo(id);
    assertThat(record.get("actor").asString()).isEqualTo("assessor");
    assertThat(record.get("role").asString()).isEqualTo("ASSESSOR");
    assertThat(record.get("personRef").asString()).isEqualTo(response.get("personRef").asString());
    CalculationRequest request = Json.mapper().readValue(body, CalculationRequest.class);
    assertThat(Json.mapper().writeValueAsString(record.get("request")))
        .isEqualTo(Json.mapper().writeValueAsString(request));
    ObjectNode result = (ObjectNode) response.deepCopy();
    result.remove("calculationId");
    // The record keeps the text as recorded, nulls included; the answer leaves them out (ADR 0023).
    assertThat(withoutNulls(record.get("result"))).isEqualTo(result);
    JsonNode used = response.get("ruleSets").get(0);
    JsonNode recorded = record.get("ruleSets").get(0);
    assertThat(recorded.get("area")).isEqualTo(used.get("area"));
    assertThat(recorded.get("version")).isEqualTo(used.get("version"));
    assertThat(recorded.get("hash")).isEqualTo(used.get("hash"));
    assertThat(record.get("engineVersion")).isEqualTo(response.get("engineVersion"));
    long sequence = record.get("sequence").asLong();
    String previous =
        sequence == 1
            ? AuditHash.GENESIS
            : jdbc.queryForObject(
                "SELECT record_hash FROM audit_record WHERE sequence = ?",
                String.class,
                sequence - 1);
    assertThat(record.get("previousHash").asString()).isEqualTo(previous);
    assertThat(record.get("hash").asString()).matches("[0-9a-f]{64}");
    assertThat(verify().get("intact").asBoolean()).isTrue();
  }

  @Test
  public void aRefusedCalculationWritesNoRecord() {
    long before = log.count();
    String body =
        Seeds.first()
            .replaceFirst(
                "\"assessmentDate\"\\s*:\\s*\"[0-9-]+\"", "\"assessmentDate\": \"2019-06-02\"");
    assertThat(assessor().postJson(body).statusCode()).isEqualTo(422);
    assertThat(assessor().postJson("{}").statusCode()).isEqualTo(400);
    assertThat(log.count()).isEqualTo(before);
  }

  public static List<Path> seedPeople() {
    return Seeds.people();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedPeople")
  public void aReplayOfEverySeedPersonIsIdentical(Path seed) {
    String id = calculate(Seeds.read(seed)).get("calculationId").asString();

    HttpResponse<String> response = auditor().postEmpty("/api/v1/calculations/" + id + "/replay");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode replay = Json.mapper().readTree(response.body());
    assertThat(replay.get("differences").size()).as(response.body()).isZero();
    assertThat(replay.get("identical").asBoolean()).isTrue();
    assertThat(replay.get("rulesUnchanged").asBoolean()).isTrue();
    assertThat(replay.get("ruleSets").get(0).get("hashMatches").asBoolean()).isTrue();
  }

  @Test
  public void aReplayOfADifferentResultOnChangedRulesSaysWhatDiffers() {
    JsonNode answered = calculate(Seeds.first());
    JsonNode record = record(answered.get("calculationId").asString());
    ObjectNode result = (ObjectNode) record.get("result").deepCopy();
    String budget = result.at("/ras/weeklyBudget").asString();
    ((ObjectNode) result.get("ras")).put("weeklyBudget", "0.01");
    JsonNode used = record.get("ruleSets").get(0);
    String forgedHash = "f".repeat(64);
    AuditEntry entry =
        writer.append(
            new AuditDraft(
                UUID.randomUUID(),
                "test",
                "AUDITOR",
                record.get("personRef").asString(),
                Json.mapper().writeValueAsString(record.get("request")),
                Json.mapper().writeValueAsString(result),
                "[{\"area\":\""
                    + used.get("area").asString()
                    + "\",\"version\":\""
                    + used.get("version").asString()
                    + "\",\"hash\":\""
                    + forgedHash
                    + "\"}]",
                record.get("engineVersion").asString()));

    JsonNode replay =
        Json.mapper()
            .readTree(auditor().postEmpty("/api/v1/calculations/" + entry.id() + "/replay").body());

    assertThat(replay.get("identical").asBoolean()).isFalse();
    assertThat(replay.get("rulesUnchanged").asBoolean()).isFalse();
    JsonNode check = replay.get("ruleSets").get(0);
    assertThat(check.get("recordedHash").asString()).isEqualTo(forgedHash);
    assertThat(check.get("currentHash").asString()).isEqualTo(used.get("hash").asString());
    assertThat(check.get("hashMatches").asBoolean()).isFalse();
    assertThat(replay.get("differences").size()).isEqualTo(1);
    JsonNode difference = replay.get("differences").get(0);
    assertThat(difference.get("path").asString()).isEqualTo("ras.weeklyBudget");
    assertThat(difference.get("recorded").asString()).isEqualTo("0.01");
    assertThat(difference.get("now").asString()).isEqualTo(budget);
    assertThat(verify().get("intact").asBoolean()).isTrue();
  }

  @Test
  public void concurrentCalculationsKeepOneValidChain() throws Exception {
    long before = log.count();
    String body = Seeds.first();
    List<Future<Integer>> answered = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int t = 0; t < THREADS; t++) {
        answered.add(pool.submit(() -> calculateMany(body, PER_THREAD)));
      }
    } finally {
      pool.shutdown();
    }
    int successes = 0;
    for (Future<Integer> f : answered) {
      successes += f.get();
    }

    assertThat(successes).isEqualTo(THREADS * PER_THREAD);
    assertThat(log.count()).isEqualTo(before + successes);
    JsonNode verification = verify();
    assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
    assertThat(verification.get("recordsChecked").asLong()).isEqualTo(log.count());
  }

  protected int calculateMany(String body, int count) {
    int ok = 0;
    for (int i = 0; i < count; i++) {
      if (assessor().postJson(body).statusCode() == 200) {
        ok++;
      }
    }
    return ok;
  }

  @Test
  public void aRowChangedBehindTheServicesBackIsNamedByVerify() {
    calculate(Seeds.first());
    String id = calculate(Seeds.first()).get("calculationId").asString();
    calculate(Seeds.first());
    long sequence = record(id).get("sequence").asLong();
    String original = record(id).get("personRef").asString();
    assertThat(verify().get("intact").asBoolean()).isTrue();

    asAttacker("UPDATE audit_record SET person_ref = 'FORGED-1' WHERE id = '" + id + "'");
    try {
      JsonNode verification = verify();

      assertThat(verification.get("intact").asBoolean()).isFalse();
      JsonNode broken = verification.get("firstBroken");
      assertThat(broken.get("id").asString()).isEqualTo(id);
      assertThat(broken.get("sequence").asLong()).isEqualTo(sequence);
      assertThat(broken.get("problem").asString()).contains("changed after it was written");
    } finally {
      asAttacker("UPDATE audit_record SET person_ref = '" + original + "' WHERE id = '" + id + "'");
    }
    assertThat(verify().get("intact").asBoolean()).isTrue();
  }

  /** The same JSON without its null members (the API's rule for answers, ADR 0023). */
  public static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = Json.mapper().createObjectNode();
      node.properties()
          .forEach(
              e -> {
                if (!e.getValue().isNull()) {
                  out.set(e.getKey(), withoutNulls(e.getValue()));
                }
              });
      return out;
    }
    if (node.isArray()) {
      tools.jackson.databind.node.ArrayNode out = Json.mapper().createArrayNode();
      node.forEach(v -> out.add(withoutNulls(v)));
      return out;
    }
    return node;
  }
}
