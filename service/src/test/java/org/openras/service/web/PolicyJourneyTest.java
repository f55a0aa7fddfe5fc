package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A policy officer, in Debian's headless Chromium: opens the served versions, reads a RAS version's
 * parameters and rules, runs its cases, validates it, and sees the diff of the two shipped RAS
 * versions. Every page passes the accessibility check of {@link BrowserJourney}.
 */
class PolicyJourneyTest extends BrowserJourney {
  @Test
  void aPolicyOfficerSeesADiff() throws IOException {
    signIn("policy");
    go(By.linkText("Rule-set versions: read, check, run cases and compare"));
    assertThat(text("h1")).isEqualTo("Rule-set versions");
    assertThat(text("#area-ras"))
        .contains("2024-04-01", "2025-04-01", "2025-03-31", "Until replaced", "published");
    assertThat(text("#area-councils\\~north-shire")).contains("councils/north-shire");
    assertAccessible();

    go(By.cssSelector("#area-ras a[href$='/ras/2025-04-01']"));
    assertThat(text(".govuk-caption-l")).isEqualTo("ras 2025-04-01");
    assertThat(text("#manifest")).contains("First day in force", "2025-04-01", "Supersedes");
    assertThat(browser.findElements(By.cssSelector("#references a[href^='http']"))).isNotEmpty();
    assertThat(text("#parameter-pricePerPoint")).isEqualTo("pricePerPoint");
    assertThat(text("#parameters")).contains("LEARNING_DISABILITY", "7.50", "GBP", "week");
    assertThat(text("#rules")).contains("RAS-", "Ras.drl, line ");
    assertThat(browser.findElements(By.cssSelector("#cases li"))).isNotEmpty();
    assertThat(text("#publication")).contains("published");
    assertAccessible();

    go(By.id("run-cases"));
    assertThat(text("#cases-passed")).contains("Every case passes");
    assertThat(text("#cases-summary")).startsWith("ras/2025-04-01: ").contains(" 0 failed");
    assertThat(text("#case-results")).contains("Passed");
    assertAccessible();

    browser.navigate().back();
    go(By.id("validate"));
    assertThat(text("h1")).isEqualTo("Validation");
    assertThat(text("#no-problems")).contains("No problems");
    assertAccessible();

    browser.navigate().back();
    go(By.id("compare"));
    assertThat(new Select(browser.findElement(By.id("from"))).getFirstSelectedOption().getText())
        .startsWith("ras 2025-04-01");
    assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
    assertAccessible();
    new Select(browser.findElement(By.id("from"))).selectByValue("ras/2024-04-01");
    new Select(browser.findElement(By.id("to"))).selectByValue("ras/2025-04-01");
    go(By.id("show-changes"));
    assertThat(text("#diff-heading")).isEqualTo("ras 2024-04-01 → 2025-04-01");
    assertThat(text("#changes-parameters-heading")).isEqualTo("Parameters: 13 changes");
    assertThat(text("#changes-parameters"))
        .contains("pricePerPoint[LEARNING_DISABILITY]", "£7.20 → £7.50 a week", "floor", "ceiling");
    assertThat(text("#changes-rules-heading")).isEqualTo("Rules: unchanged");
    assertAccessible();
  }

  @Test
  void aDiffOfAVersionWithItselfIsRefusedNamingTheField() throws IOException {
    signIn("policy");
    browser.get(url("/web/policy/diff?from=ras/2025-04-01&to=ras/2025-04-01"));
    assertThat(text(".govuk-error-summary")).contains("Choose a different version");
    go(By.cssSelector(".govuk-error-summary a[href='#to']"));
    assertThat(text("#to-error")).contains("both are ras 2025-04-01");
    assertAccessible();
  }
}
