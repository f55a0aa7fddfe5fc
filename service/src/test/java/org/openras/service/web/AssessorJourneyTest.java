package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An assessor signs in, completes an assessment in Debian's headless Chromium and reads the budget
 * and its explanation; axe-core (test resource, MPL-2.0) finds no serious or critical violation on
 * any page. Skips without /usr/bin/chromium, except in CI (CI=true), where that is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessorJourneyTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static WebDriver browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver");
    }
    Assumptions.assumeTrue(
        present, "Browser tests skipped: install chromium and chromium-driver (apt-get)");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory("openras-chromium"));
    var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

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
    assertThat(text("#weekly-budget")).matches("(?s).*£\\d+\\.\\d\\d.*");
    assertThat(text("#eligibility-summary")).startsWith("Eligible");
    assertThat(browser.findElements(By.cssSelector("#explanation li"))).hasSizeGreaterThan(5);
    assertThat(text("#explanation")).contains("It read").contains("It worked out");
    assertThat(text("#netCouncilAmount")).startsWith("£");
    assertAccessible();
    go(By.partialLinkText("how your personal budget"));
    assertThat(text("h1")).isEqualTo("How your personal budget was calculated");
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
    go(By.id("verify"));
    assertThat(text("#chain")).contains("Intact");
    assertAccessible();
  }

  private void signIn() throws IOException {
    signIn("assessor");
  }

  private void signIn(String user) throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(url("/web"));
    assertAccessible();
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user + "-demo");
    go(By.cssSelector("button[type=submit]"));
    assertAccessible();
  }

  private void fill() {
    browser.findElement(By.id("personRef")).sendKeys("P-WEB-1");
    browser.findElement(By.id("assessmentDate")).sendKeys("2025-06-02");
    browser.findElement(By.id("dateOfBirth")).sendKeys("1950-03-04");
    browser
        .findElement(By.cssSelector("#primarySupportReason option[value=PHYSICAL_PERSONAL_CARE]"))
        .click();
    for (var radio : browser.findElements(By.cssSelector("input[type=radio][value='2']"))) {
      radio.click();
    }
    browser.findElement(By.id("impairment")).click();
    browser.findElement(By.id("significantImpact")).click();
    browser.findElement(By.id("outcome-a")).click();
    browser.findElement(By.id("outcome-b")).click();
    browser.findElement(By.id("capital")).sendKeys("5000");
    browser.findElement(By.id("income-STATE_PENSION")).sendKeys("221.20");
  }

  @SuppressWarnings("unchecked")
  private void assertAccessible() throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe());
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done("
                + "r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target).join(' '))));");
    assertThat((List<String>) result).as("axe on " + browser.getCurrentUrl()).isEmpty();
  }

  private static String axe() throws IOException {
    try (InputStream in = AssessorJourneyTest.class.getResourceAsStream("/web/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Clicks and, when the click leaves the page, waits for the next one. */
  private void go(By what) {
    WebElement element = browser.findElement(what);
    element.click();
    try {
      new WebDriverWait(browser, Duration.ofSeconds(2))
          .until(ExpectedConditions.stalenessOf(element));
    } catch (TimeoutException stayed) {
      // a radio, a check box or an option: the page stays
    }
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
