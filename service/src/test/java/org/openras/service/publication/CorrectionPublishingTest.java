package org.openras.service.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A correction of a version in force is published as a new version that supersedes it
 * (docs/adr/0006): the service starts with contributions 2015-04-01 and North Shire 2024-04-08 in
 * its log, then a policy officer publishes their corrections. Publishing is accepted although both
 * claim the days of the versions they correct; from then on a calculation by date uses the
 * correction, and one pinned to the original (replay "as decided then") still runs on it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.publication.poll=PT1H")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionPublishingTest {
  static final Path HELD = temp("openras-corrections-held-");
  static final Path RULES =
      withoutCorrections(DraftRules.copyShipped(temp("openras-corrections-")));
  static final MutableClock CLOCK = new MutableClock(LocalDate.of(2026, 12, 2));
  static final String CONTRIBUTIONS = "contributions/2015-04-01-corrected";
  static final String NORTH_SHIRE = "councils/north-shire/2024-04-08-corrected";

  @LocalServerPort int port;

  /** A calculation recorded before the corrections, replayed after them. */
  static String recordedBefore;

  static Path temp(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Moves the two shipped corrections out of the rules folder, to add back as drafts. */
  static Path withoutCorrections(Path rules) {
    for (String v : new String[] {CONTRIBUTIONS, NORTH_SHIRE}) {
      move(rules.resolve(v), HELD.resolve(v));
    }
    return rules;
  }

  static void move(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
      try (Stream<Path> gone = Files.walk(from)) {
        for (Path p : gone.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /** The contributions and council versions a calculation on {@code day} uses. */
  String[] versionsOn(String day, String pinnedContributions) {
    String pin =
        pinnedContributions == null
            ? ""
            : "\"ruleSetVersions\": {\"contributions\": \"" + pinnedContributions + "\"},";
    HttpResponse<String> r =
        new Http(port, "assessor")
            .postJson(
                "{"
                    + pin
                    + "\"personRef\": \"C-1\", \"assessmentDate\": \""
                    + day
                    + "\", \"councilRef\": \"north-shire\", \"person\": {\"dateOfBirth\":"
                    + " \"1980-06-15\"}, \"weeklyCostOfCare\": \"300.00\", \"finances\":"
                    + " {\"weeklyIncome\": {\"EMPLOYMENT_AND_SUPPORT_ALLOWANCE\": \"200.00\","
                    + " \"PIP_DAILY_LIVING_ENHANCED\": \"110.40\"}}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode result = Json.mapper().readTree(r.body());
    String contributions = null;
    String council = null;
    for (JsonNode used : result.get("ruleSets")) {
      if (used.get("area").asString().equals("contributions")) {
        contributions = used.get("version").asString();
      } else if (used.get("area").asString().equals("councils/north-shire")) {
        council = used.get("version").asString();
      }
    }
    if (pinnedContributions == null && recordedBefore == null) {
      recordedBefore = result.get("calculationId").asString();
    }
    return new String[] {
      contributions, council, result.get("contribution").get("incomeDisregarded").asString()
    };
  }

  HttpResponse<String> publish(String area, String version) {
    return new Http(port, "policy")
        .post(
            "/api/v1/rulesets/" + area.replace('/', '~') + "/" + version + "/publication",
            "{\"note\": \"correction (docs/adr/0006)\"}",
            "application/json");
  }

  @Test
  @Order(1)
  void beforeTheCorrectionsTheOriginalsAnswer() {
    String[] used = versionsOn("2025-06-02", null);
    assertThat(used[0]).isEqualTo("2015-04-01");
    assertThat(used[1]).isEqualTo("2024-04-08");
    assertThat(used[2]).as("the flat amount North Shire keyed").isEqualTo("35.90");
  }

  @Test
  @Order(2)
  void aCorrectionOfAContributionsVersionInForceIsPublishedAndAnswersByDate() {
    move(HELD.resolve(CONTRIBUTIONS), RULES.resolve(CONTRIBUTIONS));
    HttpResponse<String> r = publish("contributions", "2015-04-01-corrected");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(Json.mapper().readTree(r.body()).get("served").asBoolean()).isTrue();

    String[] used = versionsOn("2025-06-02", null);
    assertThat(used[0]).isEqualTo("2015-04-01-corrected");
    assertThat(used[2]).as("the year's difference £110.40 - £73.90").isEqualTo("36.50");
  }

  @Test
  @Order(3)
  void theCorrectedVersionStillRunsWhenPinnedAsDecidedThen() {
    String[] used = versionsOn("2025-06-02", "2015-04-01");
    assertThat(used[0]).isEqualTo("2015-04-01");
    assertThat(used[2]).isEqualTo("35.90");
  }

  @Test
  @Order(4)
  void aCorrectionOfACouncilOverlayInForceIsPublishedToo() {
    move(HELD.resolve(NORTH_SHIRE), RULES.resolve(NORTH_SHIRE));
    HttpResponse<String> r = publish("councils/north-shire", "2024-04-08-corrected");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

    String[] used = versionsOn("2025-06-02", null);
    assertThat(used[0]).isEqualTo("2015-04-01-corrected");
    assertThat(used[1]).isEqualTo("2024-04-08-corrected");
    assertThat(used[2]).isEqualTo("36.50");
  }

  @Test
  @Order(6)
  void theOriginalSaysWhichCorrectionTakesItsPlaceAndTheCorrectionSaysNothing() {
    Http policy = new Http(port, "policy");
    JsonNode original =
        Json.mapper().readTree(policy.get("/api/v1/rulesets/contributions/2015-04-01").body());
    assertThat(original.get("supersededBy").asString()).isEqualTo("2015-04-01-corrected");
    JsonNode correction =
        Json.mapper()
            .readTree(policy.get("/api/v1/rulesets/contributions/2015-04-01-corrected").body());
    assertThat(
            correction.path("supersededBy").isMissingNode()
                || correction.get("supersededBy").isNull())
        .isTrue();
    JsonNode areas = Json.mapper().readTree(policy.get("/api/v1/rulesets").body());
    assertThat(areas.toString()).contains("\"supersededBy\":\"2024-04-08-corrected\"");
  }

  JsonNode replay(String rules) {
    HttpResponse<String> r =
        new Http(port, "auditor")
            .postEmpty("/api/v1/calculations/" + recordedBefore + "/replay?rules=" + rules);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  @Test
  @Order(5)
  void aReplayAsDecidedThenGivesTheOldFigureAndAsKnownTodayTheCorrectedOne() {
    JsonNode asDecided = replay("recorded");
    assertThat(asDecided.get("identical").asBoolean()).as(asDecided.toString()).isTrue();
    JsonNode asKnownToday = replay("current");
    assertThat(asKnownToday.get("identical").asBoolean()).isFalse();
    assertThat(asKnownToday.toString())
        .contains("incomeDisregarded")
        .contains("35.90")
        .contains("36.50")
        .contains("2015-04-01-corrected");
  }
}
