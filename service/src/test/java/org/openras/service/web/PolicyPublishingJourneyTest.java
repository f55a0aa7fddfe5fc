package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openras.service.publication.DraftRules;
import org.openras.service.publication.MutableClock;
import org.openras.service.publication.Publications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A policy officer publishes a draft from its page in the browser (a copy of the shipped rules with
 * drafts added, the service's clock fixed at 1 May 2026): a draft for April 2027 becomes scheduled,
 * a withdrawal without a reason is refused naming the field, and with one the version is withdrawn;
 * a draft that fails its checks is refused with what to correct. Every page passes the
 * accessibility check.
 */
@Import(PolicyPublishingJourneyTest.Clock.class)
class PolicyPublishingJourneyTest extends BrowserJourney {
  static final Path RULES = DraftRules.copyShipped(temp());

  @Autowired Publications publications;

  static Path temp() {
    try {
      return Files.createTempDirectory("openras-policy-pages-");
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
      return new MutableClock(LocalDate.of(2026, 5, 1));
    }
  }

  @Test
  void aPolicyOfficerPublishesADraftThenWithdrawsIt() throws IOException {
    // Written after start-up, as a policy officer would: at start-up every folder is published.
    DraftRules.draftRas(RULES, "2027-04-01", "2027-06-01", "");
    signIn("policy");
    browser.get(url("/web/policy"));
    assertThat(text("#area-ras")).contains("2027-04-01", "draft");
    go(By.cssSelector("#area-ras a[href$='/ras/2027-04-01']"));
    assertThat(text("#publication-state")).contains("draft");
    assertAccessible();

    browser.findElement(By.id("note")).sendKeys("Approved by cabinet, 12 March 2027");
    go(By.id("publish"));
    assertThat(text("#done")).contains("ras 2027-04-01 is published");
    assertThat(text("#publication-state")).contains("scheduled");
    assertThat(text("#published-by")).startsWith("policy at ");
    assertThat(publications.state("ras", "2027-04-01").state().name()).isEqualTo("SCHEDULED");
    assertAccessible();

    go(By.id("withdraw"));
    assertThat(text(".govuk-error-summary")).contains("Enter why the version is withdrawn");
    go(By.cssSelector(".govuk-error-summary a[href='#reason']"));
    assertAccessible();
    browser.findElement(By.id("reason")).sendKeys("The cabinet decision was rescinded");
    go(By.id("withdraw"));
    assertThat(text("#done")).contains("ras 2027-04-01 is withdrawn");
    assertThat(text("#publication-state")).contains("withdrawn");
    assertThat(text("#withdrawn-by")).startsWith("policy at ");
    assertThat(browser.findElements(By.id("publish"))).isEmpty();
    assertAccessible();
  }

  @Test
  void aDraftThatFailsItsChecksIsRefusedWithWhatToCorrect() throws IOException {
    DraftRules.draftRas(
        RULES,
        "2028-04-01",
        "2028-06-01",
        "\nrule \"RAS-999 Broken\"\nwhen\n  nonsense(\nthen\nend\n");
    signIn("policy");
    browser.get(url("/web/policy/ras/2028-04-01"));
    go(By.id("publish"));
    assertThat(text(".govuk-error-summary"))
        .contains("This version cannot be published")
        .contains("ras/2028-04-01/Ras.drl");
    assertThat(text("#publication-state")).contains("draft");
    assertThat(publications.state("ras", "2028-04-01").state().name()).isEqualTo("DRAFT");
    assertAccessible();
  }

  @Test
  void aPublishedVersionOffersNeitherPublishingNorWithdrawal() throws IOException {
    signIn("policy");
    browser.get(url("/web/policy/ras/2025-04-01"));
    assertThat(text("#publication")).contains("cannot be changed or withdrawn");
    assertThat(browser.findElements(By.id("publish"))).isEmpty();
    assertThat(browser.findElements(By.id("withdraw"))).isEmpty();
  }

  @Test
  void aDraftsFailingCaseAndItsFindingsAreShownWithWhatToDo() throws IOException {
    Path draft = DraftRules.draftRas(RULES, "2029-04-01", "2029-06-01", "");
    Path cases = draft.resolve("cases").resolve("budgets.yaml");
    Files.writeString(
        cases, Files.readString(cases).replaceFirst("ras.totalPoints: 14", "ras.totalPoints: 15"));
    signIn("policy");
    browser.get(url("/web/policy/ras/2029-04-01/cases"));
    assertThat(text("#cases-failed")).contains("1 of").contains("cases fail");
    assertThat(text("#case-results")).contains("Failed").contains("15").contains("14");
    assertAccessible();

    DraftRules.draftRas(
        RULES,
        "2030-04-01",
        "2030-06-01",
        "\nrule \"RAS-998 Broken\"\nwhen\n  nonsense(\nthen\nend\n");
    browser.get(url("/web/policy/ras/2030-04-01/validation"));
    assertThat(text("#validation-summary")).startsWith("Not valid");
    assertThat(text("#findings")).contains("ras/2030-04-01/Ras.drl");
    assertAccessible();
  }
}
