package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A finance officer, in Debian's headless Chromium (issue 24, docs/adr/0029): imports a month's
 * direct-payment statements, sees the accounts with a surplus and the deceased holder's account, is
 * told to give a reason to waive, decides one, and prints its letter (HTML and PDF). Every page
 * passes the accessibility check of {@link BrowserJourney}.
 */
class DirectPaymentJourneyTest extends BrowserJourney {
  static final Path MAPPINGS = Path.of("..", "seeds", "mappings");

  @Test
  void aFinanceOfficerImportsStatementsDecidesOneAndPrintsItsLetter() throws Exception {
    // Account references of their own, so another test's import of the example does not clash.
    Path csv = Files.createTempFile("dp-statements", ".csv");
    Files.writeString(
        csv,
        Files.readString(MAPPINGS.resolve("dp-statements-example.csv"))
            .replace("DP-000", "WEB-000"));
    signIn("finance");
    go(
        By.linkText(
            "Monitor direct payments: surpluses, deceased holders' accounts, reviews and returns"));
    assertAccessible();
    browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
    browser
        .findElement(By.id("mapping"))
        .sendKeys(MAPPINGS.resolve("dp-statements.yaml").toAbsolutePath().normalize().toString());
    go(By.cssSelector("main form button[type=submit]"));
    assertThat(text("main")).contains("4 statement(s) imported");
    assertAccessible();
    assertThat(text("main")).contains("WEB-0001").contains("£920.00").contains("WEB-0003");

    go(By.linkText("WEB-0001"));
    assertThat(text("h1")).isEqualTo("Account WEB-0001");
    // Each step in words with what it rests on; the rule ids and technical trace are the auditor's.
    assertThat(text("#explanation"))
        .contains("Surplus to recover: £920.00")
        .contains("Next return due: 28 October 2026")
        .contains("Care Act 2014")
        .doesNotContain("parameters.yaml")
        .doesNotContain("returnIntervalWeeks")
        .doesNotContain("DP-0");
    assertThat(text("#council"))
        .isEqualTo("Direct payment rules of South Borough in force from 8 April 2024");
    assertAccessible();
    browser.findElement(By.id("decision-WAIVE")).click();
    go(By.cssSelector("main form button[type=submit]"));
    assertThat(text(".govuk-error-summary")).contains("Give the reason the amount is waived");
    assertAccessible();

    browser.findElement(By.id("decision")).click();
    go(By.cssSelector("main form button[type=submit]"));
    assertThat(text("main")).contains("Decision recorded: recover");
    assertAccessible();

    go(By.linkText("Letter to the person or their representative"));
    assertThat(text("h1")).isEqualTo("Your direct payment account");
    assertThat(text("main"))
        .contains("We have decided to recover £920.00")
        .contains("St Helens")
        .doesNotContain("Rules engine")
        .doesNotContain("parameters.yaml");
    assertAccessible();
    HttpResponse<String> pdf =
        download(
            browser.findElement(By.linkText("Download the letter as a PDF")).getAttribute("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");
  }

  /** Fetches a link with the browser's session, as the browser would when it is followed. */
  private HttpResponse<String> download(String href) throws IOException {
    String session = browser.manage().getCookieNamed("SESSION").getValue();
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(href))
                  .header("Cookie", "SESSION=" + session)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
