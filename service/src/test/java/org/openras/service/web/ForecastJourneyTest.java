package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A finance officer, in Debian's headless Chromium, uploads the example history and young people,
 * starts a five-year forecast, follows its progress, reads the report (a fan chart and table per
 * client group, the backtest beside each, the young people by month of arrival, the same forecast
 * under a second policy of 3% more per point with the difference), downloads the CSV, and deletes
 * the forecast. Every page passes the accessibility check of {@link BrowserJourney}.
 */
class ForecastJourneyTest extends BrowserJourney {
  static final Path FORECASTS = Path.of("..", "seeds", "forecasts").toAbsolutePath().normalize();

  @Test
  void aFinanceOfficerForecastsFiveYearsAndReadsTheReport() throws Exception {
    signIn("finance");
    section("Forecasts");
    assertThat(text("h1")).isEqualTo("Forecasts");

    // nothing chosen: each problem named, linked to its field
    go(By.id("start"));
    assertThat(text(".govuk-error-summary"))
        .contains("Select the monthly history of people supported and their costs")
        .contains("Enter the first year to forecast, for example 2027");
    assertAccessible();

    browser.findElement(By.id("title")).sendKeys("Budget setting 2027");
    browser
        .findElement(By.id("history"))
        .sendKeys(FORECASTS.resolve("synthetic-history.csv").toString());
    browser
        .findElement(By.id("transitions"))
        .sendKeys(FORECASTS.resolve("synthetic-transitions.jsonl").toString());
    browser.findElement(By.id("firstYear")).sendKeys("2026");
    go(By.id("start"));
    // a first year that overlaps the history is refused, naming the year it could be
    assertThat(text(".govuk-error-summary")).contains("The first year must start after");
    assertAccessible();

    browser
        .findElement(By.id("history"))
        .sendKeys(FORECASTS.resolve("synthetic-history.csv").toString());
    browser
        .findElement(By.id("transitions"))
        .sendKeys(FORECASTS.resolve("synthetic-transitions.jsonl").toString());
    browser.findElement(By.id("firstYear")).clear();
    browser.findElement(By.id("firstYear")).sendKeys("2027");
    browser.findElement(By.id("growth")).sendKeys("1");
    // a second policy: 3% more per point of need for everyone
    browser.findElement(By.cssSelector("#compare-details summary")).click();
    browser.findElement(By.id("pricePercent")).sendKeys("3");
    assertAccessible();
    go(By.id("start"));

    new WebDriverWait(browser, Duration.ofSeconds(90))
        .until(b -> !b.findElements(By.id("money-table")).isEmpty());
    assertThat(text("h1")).isEqualTo("Budget setting 2027");
    for (String group :
        new String[] {"LEARNING_DISABILITY", "MENTAL_HEALTH", "PHYSICAL_PERSONAL_CARE"}) {
      assertThat(browser.findElements(By.cssSelector("#chart-" + group + " svg[role=img] > title")))
          .hasSize(1);
      assertThat(browser.findElements(By.cssSelector("#chart-" + group + " svg polygon")))
          .as("the shaded likely range")
          .hasSize(1);
      assertThat(browser.findElements(By.cssSelector("#table-" + group + " tbody tr"))).hasSize(5);
      assertThat(text("#backtest-" + group)).contains("months fell within its likely range");
    }
    assertThat(text("#table-LEARNING_DISABILITY thead")).contains("Likely range of people");
    assertThat(text("#money-table")).contains("2027 to 2028").contains("All groups").contains("£");
    assertThat(text("#arrivals")).contains("YP-001");
    // the same forecast under both policies, with the difference each year and client group
    assertThat(text("#comparison-words"))
        .contains("+3% price per point")
        .contains("the second policy's cost less the first's");
    assertThat(text("#comparison-table thead"))
        .contains("+3% price per point")
        .contains("Difference");
    assertThat(browser.findElements(By.cssSelector("#comparison-table tbody tr")).size())
        .isGreaterThan(5);
    assertThat(text("#comparison-table"))
        .contains("2027 to 2028")
        .contains("All groups")
        .containsPattern("£[\\d,]+\\.\\d{2} more");
    assertThat(text("#assumptions-list"))
        .contains("Population growth beyond the trend: 2027 to 2028 1% more");
    assertAccessible();

    HttpResponse<String> csv =
        download(browser.findElement(By.id("download-csv")).getAttribute("href"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("year,group,trend,").contains("2027/28,MENTAL_HEALTH,");

    breadcrumb("Forecasts");
    assertThat(text("#forecasts")).contains("Budget setting 2027").contains("Finished");
    go(By.linkText("Budget setting 2027"));
    go(By.id("delete"));
    assertThat(text("#deleted")).contains("“Budget setting 2027” deleted.");
    assertThat(browser.findElements(By.id("no-forecasts"))).hasSize(1);
    assertAccessible();
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
