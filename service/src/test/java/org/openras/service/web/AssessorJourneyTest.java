package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;

/**
 * An assessor signs in, completes an assessment in Debian's headless Chromium and reads the budget
 * and its explanation; an auditor looks a calculation up, replays it, checks its inclusion proof
 * and verifies the chain. Every page passes the accessibility check of {@link BrowserJourney}.
 */
class AssessorJourneyTest extends BrowserJourney {
  @Test
  void anAssessorWorksOutABudgetAndReadsHowItWasWorkedOut() throws IOException {
    signIn();
    browser.get(url("/web/assessments/new"));
    assertAccessible();
    go(By.cssSelector("button[type=submit]"));
    assertThat(text(".govuk-error-summary")).contains("Enter the assessment date");
    go(By.cssSelector(".govuk-error-summary a[href='#assessmentDate']"));
    assertAccessible();
    fill();
    go(By.cssSelector("button[type=submit]"));
    assertThat(browser.getCurrentUrl()).matches(".*/web/assessments/[0-9a-f-]{36}$");
    assertThat(text("#weekly-budget")).matches("(?s).*£\\d{1,3}(,\\d{3})*\\.\\d\\d.*");
    assertThat(text("#eligibility-summary")).startsWith("Eligible");
    assertThat(browser.findElements(By.cssSelector("#explanation li"))).hasSizeGreaterThan(5);
    assertThat(text("#explanation")).contains("It used").contains("It worked out");
    assertThat(text("#netCouncilAmount")).startsWith("£");
    assertAccessible();
    go(By.partialLinkText("how your personal budget"));
    assertThat(text("h1")).isEqualTo("How your personal budget was calculated");
    assertThat(text("#budget-line")).matches("£\\d{1,3}(,\\d{3})*\\.\\d\\d");
    assertThat(text("main")).contains("Local Government and Social Care Ombudsman");
    assertThat(browser.findElement(By.id("complaints")).getAttribute("href"))
        .startsWith("https://");
    assertThat(text("#council-phone")).startsWith("Telephone: ");
    assertThat(browser.findElement(By.id("statement-pdf")).getAttribute("href"))
        .endsWith("/statement.pdf");
    assertAccessible();
  }

  @Test
  void anAuditorLooksUpReplaysAndVerifies() throws IOException {
    var made = new Http(port).postJson(Seeds.first());
    assertThat(made.statusCode()).isEqualTo(200);
    String id = Json.mapper().readTree(made.body()).get("calculationId").asString();
    signIn("auditor");
    go(By.linkText("Look up, replay and verify calculations"));
    browser.findElement(By.id("id")).sendKeys("not-an-id");
    go(By.cssSelector("form[method=get] button"));
    assertThat(text(".govuk-error-summary")).contains("Enter the id of a recorded calculation");
    assertAccessible();
    browser.findElement(By.id("id")).clear();
    browser.findElement(By.id("id")).sendKeys(id);
    go(By.cssSelector("form[method=get] button"));
    assertThat(text("h2")).isEqualTo("Calculation " + id);
    go(By.id("replay"));
    assertThat(text("#replay-report")).contains("identical to the record");
    assertAccessible();
    go(By.id("show-proof"));
    assertThat(text("#proof-check")).startsWith("Verified: record").contains("signed by");
    assertThat(text("#checkpoint-note")).contains("\u2014 ");
    assertAccessible();
    go(By.id("verify"));
    assertThat(text("#chain")).contains("Intact");
    assertThat(text("#checkpoints"))
        .containsPattern("All \\d+ signed checkpoints match the records");
    assertAccessible();
  }

  private void fill() {
    fillAssessment(
        "P-WEB-1",
        new String[] {"2", "6", "2025"},
        new String[] {"4", "3", "1950"},
        "5000",
        "STATE_PENSION",
        "221.20");
  }
}
