package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.publication.DraftRules;
import org.openras.service.publication.LiveReload;
import org.openras.service.publication.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Four-eyes publishing in the browser on the default setting (docs/adr/0028), today's date on the
 * service's clock: policy officer A proposes a draft from its page and cannot approve it; officer B
 * finds it among the proposals awaiting approval, reads its validation, cases and diff, and
 * approves it; the version is scheduled, its transparency record names both; on its first day the
 * service uses it. Every page passes the accessibility check.
 */
@Import(FourEyesJourneyTest.Clock.class)
@ActiveProfiles("four-eyes")
class FourEyesJourneyTest extends BrowserJourney {
  static final Path RULES = DraftRules.copyShipped(temp());
  static final MutableClock CLOCK = new MutableClock(LocalDate.of(2026, 12, 2));

  @Autowired LiveReload live;

  static Path temp() {
    try {
      return Files.createTempDirectory("openras-four-eyes-pages-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void rules(DynamicPropertyRegistry r) {
    r.add("openras.rules.dir", RULES::toString);
    r.add("openras.publication.poll", () -> "PT1H");
  }

  @TestConfiguration
  static class Clock {
    @Bean
    @Primary
    MutableClock testClock() {
      return CLOCK;
    }
  }

  @Test
  void officerAProposesOfficerBApprovesAndItIsServedOnItsDate() throws IOException {
    DraftRules.draftRas(RULES, "2027-04-01", "2027-06-01", "");
    signIn("policy");
    browser.get(url("/web/policy/ras/2027-04-01"));
    assertThat(text("#publication-state")).contains("draft");
    assertThat(text("#four-eyes")).contains("another policy officer");
    assertAccessible();
    browser.findElement(By.id("note")).sendKeys("Approved by cabinet, 12 March 2027");
    go(By.id("publish"));
    assertThat(text("#done")).contains("Proposed: publish ras 2027-04-01");
    assertThat(text("#proposal-status")).isEqualTo("Awaiting approval");
    assertThat(text("#own-proposal")).contains("another policy officer approves it");
    assertThat(browser.findElements(By.id("approve"))).isEmpty();
    assertAccessible();

    signIn("policy2");
    browser.get(url("/web/policy/proposals"));
    assertThat(text("#awaiting")).contains("ras 2027-04-01").contains("policy");
    assertAccessible();
    go(By.cssSelector("#awaiting a"));
    assertThat(text("#proposed-by")).startsWith("policy at ");
    assertThat(text("#review-validation")).startsWith("Valid");
    assertThat(text("#review-cases")).contains("passed");
    assertThat(text("#review-compared")).contains("to ras/2027-04-01");
    assertThat(text("#review-digest")).hasSize(64);
    assertAccessible();
    browser.findElement(By.id("approval-note")).sendKeys("Checked the figures against the report");
    go(By.id("approve"));
    assertThat(text("#done"))
        .contains("ras 2027-04-01 is published: proposed by policy, approved by policy2");
    assertThat(text("#publication-state")).contains("scheduled");
    assertAccessible();

    go(By.id("transparency"));
    assertThat(text("#transparency-proposed-by")).startsWith("policy at ");
    assertThat(text("#transparency-approved-by")).startsWith("policy2 at ");
    assertThat(text("#transparency-rules")).contains("RAS-010");
    assertThat(text("#transparency-sources")).isNotBlank();
    assertThat(text("#atrs")).contains("Tier 2: Risks, mitigations and impact assessments");
    assertAccessible();

    // Scheduled until its day; from then on the service uses it, without a restart.
    assertThat(rasOn("2027-04-01")).isNotEqualTo("2027-04-01");
    CLOCK.set(LocalDate.of(2027, 4, 1));
    live.reload();
    assertThat(rasOn("2027-04-01")).isEqualTo("2027-04-01");
    browser.get(url("/web/policy/ras/2027-04-01"));
    assertThat(text("#publication-state")).contains("published");
  }

  private String rasOn(String day) {
    HttpResponse<String> r =
        new Http(port, "assessor")
            .postJson(
                "{\"personRef\":\"X-1\",\"assessmentDate\":\""
                    + day
                    + "\",\"person\":{\"primarySupportReason\":\"LEARNING_DISABILITY\"},"
                    + "\"needs\":{\"personal-care\": 3, \"eating-and-drinking\": 0,"
                    + " \"physical-and-mental-wellbeing\": 0, \"relationships\": 0,"
                    + " \"community-work-and-learning\": 0, \"making-decisions\": 0,"
                    + " \"staying-safe\": 0, \"communication\": 0, \"home-and-daily-living\": 0,"
                    + " \"family-carer-support\": 0}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    for (JsonNode used : Json.mapper().readTree(r.body()).get("ruleSets")) {
      if (used.get("area").asString().equals("ras")) {
        return used.get("version").asString();
      }
    }
    throw new AssertionError("no RAS version in " + r.body());
  }
}
