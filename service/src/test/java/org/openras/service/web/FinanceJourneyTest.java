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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A finance officer, in Debian's headless Chromium: runs a scenario on a generated caseload,
 * watches the progress page refresh itself until the scenario finishes, reads the report's charts
 * and downloads its CSV; uploads a cohort and reads a calibration's fit report; and is told which
 * field to fix. Every page passes the accessibility check of {@link BrowserJourney}, the progress
 * page while its job runs too.
 */
class FinanceJourneyTest extends BrowserJourney {
  static final Path COHORT = Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl");

  @Test
  void aFinanceOfficerRunsAScenarioAndSeesAChart() throws Exception {
    signIn("finance");
    go(By.linkText("Run a scenario on a caseload"));
    assertAccessible();
    browser.findElement(By.id("title")).sendKeys("+3% for people aged 65 and over");
    browser.findElement(By.id("people")).sendKeys("300");
    browser.findElement(By.id("seed")).sendKeys("7");
    browser.findElement(By.id("baselineDate")).sendKeys("2");
    browser.findElement(By.id("baselineDate-month")).sendKeys("6");
    browser.findElement(By.id("baselineDate-year")).sendKeys("2025");
    browser.findElement(By.id("candidateDate")).sendKeys("2");
    browser.findElement(By.id("candidateDate-month")).sendKeys("6");
    browser.findElement(By.id("candidateDate-year")).sendKeys("2025");
    browser.findElement(By.id("candidateOverrides")).sendKeys("ras:pricePerPoint*1.03@age>=65");
    go(By.cssSelector("main form button[type=submit]"));
    scenario();

    go(By.id("report-link"));
    assertThat(text("h1")).isEqualTo("+3% for people aged 65 and over");
    assertThat(browser.findElements(By.cssSelector("main figure svg[role=img] > title")))
        .hasSize(3);
    assertThat(text("#annual-change"))
        .matches("(?s).*Change in annual net council cost: \\+£[\\d,]+\\.\\d\\d.*");
    assertThat(browser.findElements(By.cssSelector("#bands tbody tr"))).hasSize(5);
    assertThat(text("#provenance"))
        .contains("ras:pricePerPoint*1.03@age>=65")
        .contains("On 2 June 2025")
        .contains("Personal budget rules in force from 1 April 2025")
        .doesNotContain("Engine")
        .doesNotContain("SNAPSHOT");
    assertAccessible();

    HttpResponse<String> csv =
        download(browser.findElement(By.id("csv-download")).getAttribute("href"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"scenario-")
        .endsWith("-people.csv\"");
    assertThat(csv.body().lines().count()).isEqualTo(301); // a header and one row a person
  }

  /**
   * On the progress page, which follows the job until it says the scenario has finished (in place,
   * with JavaScript, as in this browser: see {@link #aRunningScenariosPageFollowsTheJobInPlace}).
   */
  private void scenario() throws IOException {
    assertThat(browser.getCurrentUrl()).matches(".*/web/finance/scenarios/[0-9a-f-]{36}$");
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> !d.findElements(By.id("report-link")).isEmpty());
    assertThat(browser.findElement(By.id("progress")).getAttribute("value")).isEqualTo("100");
    assertThat(browser.findElements(By.cssSelector("meta[http-equiv=refresh]"))).isEmpty();
    assertAccessible();
  }

  /**
   * While a scenario runs, its page follows the job without reloading (progress.js; the meta
   * refresh is for browsers without JavaScript, inside noscript), so the state line, a polite live
   * region, changes in the same element; the running page passes the accessibility check; the job
   * can be cancelled from it.
   */
  @Test
  void aRunningScenariosPageFollowsTheJobInPlace() throws Exception {
    signIn("finance");
    browser.get(url("/web/finance/scenarios/new"));
    browser.findElement(By.id("people")).sendKeys("200000");
    browser.findElement(By.id("seed")).sendKeys("3");
    go(By.cssSelector("main form button[type=submit]"));
    WebElement state = browser.findElement(By.id("state"));
    String first = state.getText();
    assertThat(state.getAttribute("aria-live")).isEqualTo("polite");
    assertThat(browser.findElements(By.id("refreshing"))).isNotEmpty();
    assertAccessible();
    // A reload would make the element stale and this wait fail: the page changes in place.
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !state.getText().equals(first));
    assertThat(browser.findElements(By.id("cancel"))).isNotEmpty();
    go(By.id("cancel"));
    // The page after cancelling does not follow the job: ask again as "Check progress again" does.
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            d -> {
              d.navigate().refresh();
              return d.findElement(By.id("state")).getText().contains("cancelled");
            });
    assertAccessible();
  }

  @Test
  void aFinanceOfficerCalibratesAnUploadedCohortAndReadsTheFit() throws IOException {
    signIn("finance");
    go(By.linkText("Calibrate the RAS from actual costs"));
    assertAccessible();
    browser.findElement(By.id("source-upload")).click();
    browser.findElement(By.id("file")).sendKeys(COHORT.toAbsolutePath().normalize().toString());
    browser.findElement(By.id("setAsideOutliers")).click();
    go(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.getCurrentUrl())
        .as(() -> text("main"))
        .matches(".*/web/finance/calibrations/[0-9a-f-]{36}$");
    assertThat(text("#price-per-point")).matches("(?s)Price per point: £\\d+\\.\\d\\d a week.*");
    assertThat(browser.findElements(By.cssSelector("#fits tbody tr"))).hasSize(1);
    assertThat(text("#people caption"))
        .isEqualTo("The first 100 of 500 people, by cohort line (every one is in the CSV)");
    assertThat(browser.findElements(By.cssSelector("main figure svg[role=img]"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector("#people tbody tr"))).hasSize(100);
    // Client groups in words, as the national returns name them, not as codes.
    assertThat(text("#people tbody"))
        .doesNotContainPattern("[A-Z]+_[A-Z]")
        .contains(org.openras.service.web.Formats.clientGroup("PHYSICAL_PERSONAL_CARE"));
    assertAccessible();
  }

  @Test
  void aBadFieldIsNamedInTheErrorSummary() throws IOException {
    signIn("finance");
    browser.get(url("/web/finance/scenarios/new"));
    browser.findElement(By.id("people")).sendKeys("lots");
    browser.findElement(By.id("candidateDate")).sendKeys("1");
    browser.findElement(By.id("candidateDate-month")).sendKeys("13");
    browser.findElement(By.id("candidateDate-year")).sendKeys("2025");
    go(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(text(".govuk-error-summary"))
        .contains("Enter the number of people as a whole number from 1 to 1000000")
        .contains("Candidate date must be a real date");
    assertThat(text("#people-error")).contains("Enter the number of people");
    go(By.cssSelector(".govuk-error-summary a[href='#people']"));
    assertAccessible();
  }

  /**
   * A council's CSV export with bad rows, uploaded with its column-mapping file: nothing is kept,
   * and the error summary lists the rows rejected, each problem by line and column.
   */
  @Test
  void aCsvExportWithBadRowsIsListedByLineAndColumn() throws IOException {
    Path mappings = Path.of("..", "seeds", "mappings");
    signIn("finance");
    browser.get(url("/web/finance/scenarios/new"));
    browser.findElement(By.id("source-upload")).click();
    browser
        .findElement(By.id("file"))
        .sendKeys(mappings.resolve("example-council.csv").toAbsolutePath().normalize().toString());
    browser
        .findElement(By.id("mapping"))
        .sendKeys(
            mappings.resolve("client-level-data.yaml").toAbsolutePath().normalize().toString());
    go(By.cssSelector("main form button[type=submit]"));
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(browser.findElements(By.cssSelector(".govuk-error-summary a[href='#file']")))
        .hasSize(5);
    assertThat(text(".govuk-error-summary"))
        .contains("3 of the 6 rows in the CSV file have problems, so nothing was kept")
        .contains("Line 5, column Event_Start_Date: 'not a date' is not a date");
    assertThat(text("#file-error")).contains("3 of the 6 rows");
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
