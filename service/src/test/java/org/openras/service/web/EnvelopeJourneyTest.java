package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A finance officer, in Debian's headless Chromium, finds the affordability factor that brings a
 * generated caseload within a budget: is told which field to fix, follows the job, and reads the
 * factor, the envelope's figures and who wins and loses at that factor. Every page passes the
 * accessibility check of {@link BrowserJourney}.
 */
class EnvelopeJourneyTest extends BrowserJourney {

  @Test
  void aFinanceOfficerMeetsABudgetEnvelope() throws Exception {
    signIn("finance");
    go(By.linkText("Find the affordability factor that meets a budget"));
    assertAccessible();
    browser.findElement(By.id("people")).sendKeys("1500");
    browser.findElement(By.id("seed")).sendKeys("7");
    browser.findElement(By.id("targetAnnual")).sendKeys("15,000,000");
    go(By.cssSelector("main form button[type=submit]"));
    assertThat(text(".govuk-error-summary")).contains("Enter the financial year");
    assertAccessible();
    go(By.cssSelector(".govuk-error-summary a[href='#financialYear']"));
    browser.findElement(By.id("financialYear")).sendKeys("2025");
    browser.findElement(By.id("title")).sendKeys("2025/26 budget");
    browser.findElement(By.id("contingency")).sendKeys("0.02");
    browser.findElement(By.id("lowest")).sendKeys("0.10");
    browser.findElement(By.id("highest")).sendKeys("3.00");
    go(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.getCurrentUrl()).matches(".*/web/finance/scenarios/[0-9a-f-]{36}$");
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> !d.findElements(By.id("report-link")).isEmpty());

    go(By.id("report-link"));
    assertThat(text("h1")).isEqualTo("2025/26 budget");
    assertThat(text("#envelope-status")).isEqualTo("Target met");
    assertThat(text("#target-to-meet")).startsWith("£14,700,000.00 a year");
    assertThat(text("#factor")).matches("\\d\\.\\d{4}: £[\\d,]+\\.\\d\\d a year .*");
    assertThat(text("#at-the-factor")).startsWith("Who wins and loses at factor ");
    assertThat(browser.findElements(By.cssSelector("main figure svg[role=img] > title")))
        .hasSize(3);
    assertAccessible();
  }
}
