package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openras.service.publication.DraftRules;
import org.openras.service.publication.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A policy officer, in the browser, is warned on the versions list when an area has no rule-set
 * version in force today or on a day of the next 90 (issue 21.1), with the service's clock moved by
 * the same test clock bean as InForceHealthTest, in a context of its own.
 *
 * <p>Why the shared browser context never shows the warning: there the service's clock is the real
 * one, and on the shipped rules every area that must have a version has one on every day from its
 * first version on (each area's versions follow one another and the latest has no last day), so the
 * page has nothing to warn of. No day of the shipped rules shows the 90-day warning at all: before
 * an area's first version it has none today, which is the other warning. So this context serves a
 * copy of the shipped rules with one more personal budget version, from 1 October 2026 to 31
 * January 2027, and the clock is set to 2 December 2026: from 1 February 2027, 61 days off, no
 * personal budget version is in force. Then the clock is moved to 1 June 2002, before the first
 * version of every area, for the warning about today.
 */
@Import(VersionsWarningJourneyTest.Clock.class)
class VersionsWarningJourneyTest extends BrowserJourney {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final MutableClock CLOCK = new MutableClock(TODAY);
  static final Path RULES = rulesWithAnEndingVersion();

  /** The shipped rules and ras 2026-10-01, whose last day is 31 January 2027. */
  static Path rulesWithAnEndingVersion() {
    try {
      Path rules = DraftRules.copyShipped(Files.createTempDirectory("openras-versions-warning-"));
      Path version = DraftRules.draftRas(rules, "2026-10-01", "2026-11-02", "");
      Path manifest = version.resolve("ruleset.yaml");
      String text = Files.readString(manifest);
      Files.writeString(
          manifest, text + (text.endsWith("\n") ? "" : "\n") + "effectiveTo: 2027-01-31\n");
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  @AfterEach
  void backToToday() {
    CLOCK.set(TODAY);
  }

  @Test
  void thePolicyOfficerIsWarnedOfAnAreaWithoutAVersionSoonAndToday() throws IOException {
    signIn("policy");
    browser.get(url("/web/policy"));
    assertThat(text("#area-ras")).contains("2026-10-01");
    WebElement soon = browser.findElement(By.id("no-version-soon"));
    assertThat(soon.isDisplayed()).isTrue();
    assertThat(soon.getText())
        .contains(
            "No version of the personal budget rules will be in force from 1 February 2027,"
                + " within the next 90 days: calculations dated from then will be refused.")
        .doesNotContain("eligibility rules");
    assertThat(browser.findElements(By.id("no-version-today"))).isEmpty();
    assertAccessible();

    CLOCK.set(LocalDate.of(2002, 6, 1)); // eligibility's first version: 1 April 2003
    browser.navigate().refresh();
    WebElement today = browser.findElement(By.id("no-version-today"));
    assertThat(today.isDisplayed()).isTrue();
    assertThat(today.getText())
        .contains("No version of the personal budget rules is in force today, 1 June 2002")
        .contains("No version of the eligibility rules is in force today, 1 June 2002");
    assertThat(browser.findElements(By.id("no-version-soon"))).isEmpty();
    assertAccessible();
  }
}
