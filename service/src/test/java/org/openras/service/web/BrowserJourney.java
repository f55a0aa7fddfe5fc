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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey shares: Debian's headless Chromium driven by Selenium, sign-in with a
 * demonstration user, and axe-core (test resource, MPL-2.0) run on a page, failing on any serious
 * or critical violation. Skips without /usr/bin/chromium, except in CI (CI=true), where that is a
 * failure. Subclasses share one Spring context (the same configuration) and one browser each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static WebDriver browser;

  @LocalServerPort protected int port;

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

  protected void signIn() throws IOException {
    signIn("assessor");
  }

  protected void signIn(String user) throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(url("/web"));
    assertAccessible();
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user + "-demo");
    go(By.cssSelector("button[type=submit]"));
    assertAccessible();
  }

  /** Follows a section of the header's service navigation, by its words, and checks the page. */
  protected void section(String title) throws IOException {
    go(By.xpath("//ul[@id='navigation']//a[normalize-space(.)='" + title + "']"));
    assertAccessible();
  }

  /** Follows a breadcrumb, by its words, and checks the page. */
  protected void breadcrumb(String title) throws IOException {
    go(By.xpath("//nav[@id='breadcrumbs']//a[normalize-space(.)='" + title + "']"));
    assertAccessible();
  }

  /** Signs out with the header's button and checks the sign-in page says so. */
  protected void signOut() throws IOException {
    go(By.id("sign-out"));
    assertThat(browser.getCurrentUrl()).contains("/web/sign-in?signedOut");
    assertAccessible();
    browser.get(url("/web"));
    assertThat(browser.getCurrentUrl()).as("signed out: back to sign-in").contains("/web/sign-in");
  }

  @SuppressWarnings("unchecked")
  /**
   * Fills the assessment form (already open) for a person with needs at level 2 in every area,
   * eligible under outcomes a and b, with the given capital and one weekly income.
   */
  protected void fillAssessment(
      String personRef,
      String[] assessedOn,
      String[] bornOn,
      String capital,
      String incomeType,
      String weeklyIncome) {
    browser.findElement(By.id("personRef")).sendKeys(personRef);
    browser.findElement(By.id("assessmentDate")).sendKeys(assessedOn[0]);
    browser.findElement(By.id("assessmentDate-month")).sendKeys(assessedOn[1]);
    browser.findElement(By.id("assessmentDate-year")).sendKeys(assessedOn[2]);
    browser.findElement(By.id("dateOfBirth")).sendKeys(bornOn[0]);
    browser.findElement(By.id("dateOfBirth-month")).sendKeys(bornOn[1]);
    browser.findElement(By.id("dateOfBirth-year")).sendKeys(bornOn[2]);
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
    browser.findElement(By.id("capital")).sendKeys(capital);
    browser.findElement(By.id("income-" + incomeType)).sendKeys(weeklyIncome);
  }

  protected void assertAccessible() throws IOException {
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
    try (InputStream in = BrowserJourney.class.getResourceAsStream("/web/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Clicks and, when the click leaves the page, waits until the next one has loaded. The old page
   * is marked with a window property, which a new document does not have; this asks the browser
   * about the document rather than about the clicked element, because ChromeDriver may answer a
   * question about an element of a page being replaced with "unknown error: Node with given id does
   * not belong to the document" instead of a stale-element error (seen in CI).
   */
  protected void go(By what) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("window.openrasLeaving = true;");
    browser.findElement(what).click();
    try {
      new WebDriverWait(browser, Duration.ofSeconds(2))
          .ignoring(WebDriverException.class)
          .until(
              b ->
                  Boolean.TRUE.equals(
                      js.executeScript(
                          "return window.openrasLeaving !== true"
                              + " && document.readyState === 'complete';")));
    } catch (TimeoutException stayed) {
      // a radio, a check box or an option: the page stays
    }
  }

  protected String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
