package org.openras.service.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A version's life through the API on one running service, its clock moved by the test: a draft
 * published with its day come is served at once; one with a later day is scheduled and served from
 * that day without a restart; one withdrawn before its day is never served; a version in force
 * cannot be withdrawn; a draft that fails its checks is refused with every finding and nothing
 * written; only a policy officer may publish.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.publication.poll=PT1H")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishingTest {
  static final Path RULES = DraftRules.copyShipped(temp());
  static final MutableClock CLOCK = new MutableClock(LocalDate.of(2026, 5, 1));

  static final String NEEDS =
      "{\"personal-care\": 3, \"eating-and-drinking\": 0, \"physical-and-mental-wellbeing\": 0,"
          + " \"relationships\": 0, \"community-work-and-learning\": 0, \"making-decisions\": 0,"
          + " \"staying-safe\": 0, \"communication\": 0, \"home-and-daily-living\": 0,"
          + " \"family-carer-support\": 0}";

  @LocalServerPort int port;
  @Autowired LiveReload live;
  @Autowired PublicationLog log;

  static Path temp() {
    try {
      return Files.createTempDirectory("openras-publishing-test-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void rules(DynamicPropertyRegistry r) {
    r.add("openras.rules.dir", RULES::toString);
  }

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    MutableClock testClock() {
      return CLOCK;
    }
  }

  Http policy() {
    return new Http(port, "policy");
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.mapper().readTree(r.body());
  }

  /** The RAS version a calculation on {@code day} uses. */
  String rasOn(String day) {
    return rasOn(port, day);
  }

  /** The RAS version a calculation on {@code day} uses, on the service at {@code port}. */
  static String rasOn(int port, String day) {
    HttpResponse<String> r =
        new Http(port, "assessor")
            .postJson(
                "{\"personRef\":\"X-1\",\"assessmentDate\":\""
                    + day
                    + "\",\"person\":{\"primarySupportReason\":\"LEARNING_DISABILITY\"},"
                    + "\"needs\":"
                    + NEEDS
                    + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    for (JsonNode used : json(r).get("ruleSets")) {
      if (used.get("area").asString().equals("ras")) {
        return used.get("version").asString();
      }
    }
    throw new AssertionError("no RAS version in " + r.body());
  }

  HttpResponse<String> publish(String version, String note) {
    return policy()
        .post(
            "/api/v1/rulesets/ras/" + version + "/publication",
            note == null ? "" : "{\"note\": \"" + note + "\"}",
            "application/json");
  }

  HttpResponse<String> withdraw(String version, String reason) {
    return policy()
        .post(
            "/api/v1/rulesets/ras/" + version + "/withdrawal",
            "{\"reason\": \"" + reason + "\"}",
            "application/json");
  }

  JsonNode summary(String area, String version) {
    for (JsonNode a : json(new Http(port, "auditor").get("/api/v1/rulesets"))) {
      if (a.get("area").asString().equals(area)) {
        for (JsonNode v : a.get("versions")) {
          if (v.get("version").asString().equals(version)) {
            return v;
          }
        }
      }
    }
    return null;
  }

  @Test
  @Order(1)
  void theShippedVersionsWereRecordedAsPublishedAtStartUpAndANewFolderIsADraft() {
    DraftRules.draftRas(RULES, "2026-04-01", "2026-06-01", "");
    JsonNode logged = json(policy().get("/api/v1/rulesets/publications"));
    assertThat(logged.get("intact").asBoolean()).isTrue();
    assertThat(logged.get("entries").get(0).get("actor").asString()).isEqualTo("openras start-up");
    assertThat(summary("ras", "2025-04-01").get("state").asString()).isEqualTo("PUBLISHED");
    assertThat(summary("ras", "2025-04-01").get("publishedBy").asString())
        .isEqualTo("openras start-up");
    assertThat(summary("ras", "2026-04-01").get("state").asString()).isEqualTo("DRAFT");
    // The version in force is 2025-04-01-staged, which restates 2025-04-01 in named stages and
    // supersedes it for all its days (docs/adr/0016).
    assertThat(rasOn("2026-05-01")).as("a draft is not served").isEqualTo("2025-04-01-staged");
  }

  @Test
  @Order(2)
  void onlyAPolicyOfficerPublishes() {
    HttpResponse<String> r =
        new Http(port, "finance")
            .post("/api/v1/rulesets/ras/2026-04-01/publication", "", "application/json");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(summary("ras", "2026-04-01").get("state").asString()).isEqualTo("DRAFT");
  }

  @Test
  @Order(3)
  void aDraftWhoseDayHasComeIsServedAtOnceWithoutARestart() {
    HttpResponse<String> r = publish("2026-04-01", "2026/27 prices");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode outcome = json(r);
    assertThat(outcome.get("state").asString()).isEqualTo("PUBLISHED");
    assertThat(outcome.get("served").asBoolean()).isTrue();
    assertThat(outcome.get("entry").get("actor").asString()).isEqualTo("policy");
    assertThat(outcome.get("entry").get("note").asString()).isEqualTo("2026/27 prices");

    assertThat(rasOn("2026-05-01")).isEqualTo("2026-04-01");
    // 2025-04-01-staged (which supersedes 2025-04-01, docs/adr/0016) serves to the day before.
    assertThat(rasOn("2026-03-31")).isEqualTo("2025-04-01-staged");
    JsonNode v = summary("ras", "2026-04-01");
    assertThat(v.get("state").asString()).isEqualTo("PUBLISHED");
    assertThat(v.get("publishedBy").asString()).isEqualTo("policy");
    assertThat(summary("ras", "2025-04-01").get("effectiveTo").asString()).isEqualTo("2026-03-31");
  }

  @Test
  @Order(4)
  void publishingAgainOrAChangedPublishedFolderIsAConflict() throws IOException {
    HttpResponse<String> again = publish("2026-04-01", null);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(json(again).get("type").asString())
        .isEqualTo("urn:openras:problem:publication-conflict");

    Path manifest = RULES.resolve("ras/2026-04-01/ruleset.yaml");
    Files.writeString(manifest, Files.readString(manifest) + "\n# changed after publication\n");
    HttpResponse<String> changed = publish("2026-04-01", null);
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(json(changed).get("detail").asString())
        .contains("a published version is immutable: publish the change as a new version");
    assertThat(rasOn("2026-05-01")).isEqualTo("2026-04-01");
  }

  @Test
  @Order(5)
  void aScheduledVersionIsServedFromItsDayWithoutARestart() {
    DraftRules.draftRas(RULES, "2027-04-01", "2027-06-01", "");
    HttpResponse<String> r = publish("2027-04-01", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(json(r).get("state").asString()).isEqualTo("SCHEDULED");
    assertThat(json(r).get("served").asBoolean()).isFalse();
    assertThat(rasOn("2027-06-01")).as("not before its day").isEqualTo("2026-04-01");

    CLOCK.set(LocalDate.of(2027, 3, 31));
    live.reload();
    assertThat(rasOn("2027-06-01")).isEqualTo("2026-04-01");

    CLOCK.set(LocalDate.of(2027, 4, 1));
    live.reload();
    assertThat(rasOn("2027-06-01")).as("from its day").isEqualTo("2027-04-01");
    assertThat(summary("ras", "2027-04-01").get("state").asString()).isEqualTo("PUBLISHED");
  }

  @Test
  @Order(6)
  void aVersionWithdrawnBeforeItsDayIsNeverServed() {
    DraftRules.draftRas(RULES, "2028-04-01", "2028-06-01", "");
    assertThat(publish("2028-04-01", null).statusCode()).isEqualTo(201);
    HttpResponse<String> noReason =
        policy().post("/api/v1/rulesets/ras/2028-04-01/withdrawal", "{}", "application/json");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(json(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");

    HttpResponse<String> w = withdraw("2028-04-01", "the cap was postponed");
    assertThat(w.statusCode()).as(w.body()).isEqualTo(200);
    assertThat(json(w).get("state").asString()).isEqualTo("WITHDRAWN");

    CLOCK.set(LocalDate.of(2028, 6, 1));
    live.reload();
    assertThat(rasOn("2028-06-01")).isEqualTo("2027-04-01");
    JsonNode v = summary("ras", "2028-04-01");
    assertThat(v.get("state").asString()).isEqualTo("WITHDRAWN");
    assertThat(v.get("withdrawnBy").asString()).isEqualTo("policy");
    assertThat(publish("2028-04-01", null).statusCode())
        .as("a withdrawn version is not published again")
        .isEqualTo(409);
    JsonNode entries = json(policy().get("/api/v1/rulesets/publications")).get("entries");
    JsonNode last = entries.get(entries.size() - 1);
    assertThat(last.get("action").asString()).isEqualTo("WITHDRAW");
    assertThat(last.get("note").asString()).isEqualTo("the cap was postponed");
  }

  @Test
  @Order(7)
  void aVersionInForceCannotBeWithdrawn() {
    HttpResponse<String> r = withdraw("2027-04-01", "too late");
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(json(r).get("detail").asString())
        .contains(
            "in force since 2027-04-01; a published version is immutable: publish a correction"
                + " as a new version");
    assertThat(rasOn("2028-06-01")).isEqualTo("2027-04-01");
  }

  @Test
  @Order(8)
  void aDraftThatFailsItsChecksIsRefusedWithEveryFindingAndNothingWritten() {
    DraftRules.draftRas(
        RULES,
        "2029-04-01",
        "2029-06-01",
        "\nrule \"RAS-999 Broken\"\nwhen\n  nonsense(\nthen\nend\n");
    int before = log.entries().size();
    HttpResponse<String> r = publish("2029-04-01", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode problem = json(r);
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:openras:problem:version-not-publishable");
    assertThat(problem.get("findings").toString()).contains("ras/2029-04-01/Ras.drl");
    assertThat(log.entries()).hasSize(before);
    assertThat(summary("ras", "2029-04-01").get("state").asString()).isEqualTo("DRAFT");
  }

  @Test
  @Order(8)
  void aDraftCitingADocumentTheBibliographyDoesNotListIsRefusedAtItsLine() throws IOException {
    Path draft = DraftRules.draftRas(RULES, "2030-04-01", "2030-06-01", "");
    Path drl = draft.resolve("Ras.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace(
                "Points are totalled across the questionnaire, domain brief §1.3",
                "carers-uk-forum-ras; ras-handbook-2009 p.12"));
    int before = log.entries().size();
    HttpResponse<String> r = publish("2030-04-01", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(json(r).get("findings").toString())
        .contains("\"file\":\"ras/2030-04-01/Ras.drl\",\"line\":64")
        .contains("unknown source id 'ras-handbook-2009'");
    assertThat(log.entries()).hasSize(before);
  }

  @Test
  @Order(9)
  void aDraftThatWouldOverlapAPublishedVersionIsRefused() throws IOException {
    Path draft = DraftRules.draftRas(RULES, "2027-09-01", "2027-10-01", "");
    Path manifest = draft.resolve("ruleset.yaml");
    Files.writeString(
        manifest,
        Files.readString(manifest)
            .replace("effectiveFrom: 2027-09-01", "effectiveFrom: 2027-04-01"));
    int before = log.entries().size();
    HttpResponse<String> r = publish("2027-09-01", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(json(r).get("findings").toString()).contains("both in force on 2027-04-01");
    assertThat(log.entries()).hasSize(before);
  }

  @Test
  @Order(10)
  void anUnknownVersionIsNotFound() {
    HttpResponse<String> r = publish("2099-04-01", null);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("type").asString()).isEqualTo("urn:openras:problem:rule-set-not-found");
  }
}
