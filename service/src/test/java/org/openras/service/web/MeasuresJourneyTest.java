package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A finance officer, in Debian's headless Chromium, keeps the example register from its CSV export
 * and column mapping, reads the measures against Torbay's milestones, lists who was counted in one
 * quarter, and deletes the register. Every page passes the accessibility check of {@link
 * BrowserJourney}.
 */
class MeasuresJourneyTest extends BrowserJourney {
  static final Path REGISTERS = Path.of("..", "seeds", "registers").toAbsolutePath().normalize();

  @Test
  void aFinanceOfficerReadsTheMeasuresAgainstTorbaysMilestones() throws Exception {
    signIn("finance");
    go(By.linkText("Personalisation measures against the council's milestones"));
    assertAccessible();
    go(By.id("keep"));
    assertThat(text(".govuk-error-summary")).contains("Select the council's export (a CSV file)");
    assertAccessible();
    browser.findElement(By.id("name")).sendKeys("Torbay example");
    browser.findElement(By.id("csv")).sendKeys(REGISTERS.resolve("torbay-example.csv").toString());
    browser
        .findElement(By.id("mapping"))
        .sendKeys(REGISTERS.resolve("torbay-example.yaml").toString());
    go(By.id("keep"));
    assertThat(text("#kept")).contains("374 of 376 rows kept.");
    assertThat(text("#import-problems")).contains("Line 376, column DOB");
    assertAccessible();

    // the first and last days as the GOV.UK date input takes them, by quarter, with Torbay's plan
    for (String[] f : new String[][] {{"from", "1", "4", "2011"}, {"to", "31", "3", "2013"}}) {
      browser.findElement(By.id(f[0])).clear();
      browser.findElement(By.id(f[0])).sendKeys(f[1]);
      browser.findElement(By.id(f[0] + "-month")).clear();
      browser.findElement(By.id(f[0] + "-month")).sendKeys(f[2]);
      browser.findElement(By.id(f[0] + "-year")).clear();
      browser.findElement(By.id(f[0] + "-year")).sendKeys(f[3]);
    }
    go(By.id("show"));
    assertThat(text("#milestones"))
        .contains("85% have a personal budget by April 2012")
        .contains("Missed: 74.1% in Q4 2011/12 (January to March 2012) against a target of 85%")
        .contains("Met: 41.4%");
    assertThat(
            browser.findElements(
                By.cssSelector("#measure-personal-budget-people figure svg[role=img] > title")))
        .hasSize(1);
    assertAccessible();

    go(By.cssSelector("#measure-personal-budget-people a[href*='day=2012-03-31']"));
    assertThat(text("h1")).isEqualTo("Adults with a personal budget");
    assertThat(text("#figure")).isEqualTo("74.1%: 120 of 162 people counted.");
    assertAccessible();

    go(By.linkText("Personalisation measures"));
    go(By.cssSelector("#registers button"));
    assertThat(text("#deleted")).contains("Register “Torbay example” deleted.");
    assertAccessible();
  }
}
