package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openras.service.publication.LiveReload;
import org.openras.service.publication.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 16 items 4 and 5 in the browser, on the shipped rules with the service's clock at 1 June
 * 2025: a policy officer starts next year's contributions figures from the version in force, enters
 * them (a bad value is refused naming the figure), sees each change and the diff, and publishes the
 * draft, scheduled for 6 April 2027. Until then an assessment dated in 2027/28 is refused in plain
 * English naming the figure not published; from that day it uses the new figures, and one that
 * needs a figure left absent says which figure a policy officer must publish. Every page passes the
 * accessibility check.
 */
@Import(UpratingJourneyTest.Clock.class)
class UpratingJourneyTest extends BrowserJourney {
  static final MutableClock CLOCK = new MutableClock(LocalDate.of(2026, 6, 1));

  @Autowired LiveReload live;

  @DynamicPropertySource
  static void poll(DynamicPropertyRegistry r) {
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

  @Test
  void aPolicyOfficerMakesNextAprilsFiguresAndAnAssessmentOnThatDayUsesThem() throws IOException {
    signIn("policy");
    // The version in force today: 2026-04-06-staged supersedes 2026-04-06 on all its days (the
    // same figures in named stages, docs/adr/0012).
    browser.get(url("/web/policy/contributions/2026-04-06-staged"));
    assertThat(browser.findElement(By.id("effectiveFrom")).getAttribute("value")).isEqualTo("6");
    assertThat(browser.findElement(By.id("effectiveFrom-year")).getAttribute("value"))
        .isEqualTo("2027");
    go(By.id("start-next-year"));
    assertThat(text("h1")).isEqualTo("Next year's figures: 2027/28");
    assertThat(text("#done")).contains("started as contributions 2027-04-06");
    assertThat(text("#last\\.migPersonalAmount\\.SINGLE_PENSION_AGE")).contains("£241.45 [D]");
    assertAccessible();

    enter(Map.of("migPersonalAmount.SINGLE_18_24", "ninety"));
    go(By.id("save"));
    assertThat(text(".govuk-error-summary"))
        .contains("single person aged 18 to 24")
        .contains("must be an amount in pounds and pence");
    assertAccessible();

    browser.findElement(By.id("circularTitle")).sendKeys("LAC(DHSC)(2027)1");
    browser.findElement(By.id("circularUrl")).sendKeys("https://www.gov.uk/lac-2027");
    enter(
        Map.of(
            "migPersonalAmount.SINGLE_18_24", "98.30",
            "migPersonalAmount.SINGLE_25_TO_PENSION_AGE", "114.40",
            "migPersonalAmount.SINGLE_PENSION_AGE", "250.40",
            "enhancedDisabilityPremium.SINGLE", "24.65"));
    for (String carried :
        new String[] {
          "lowerCapitalLimit", "upperCapitalLimit", "tariffIncomeStep", "tariffIncomePerStep"
        }) {
      browser.findElement(By.id("carry." + carried)).click();
    }
    go(By.id("save"));
    assertThat(text("#done")).contains("The figures are saved");
    assertThat(text("#change\\.migPersonalAmount\\.SINGLE_PENSION_AGE")).contains("+£8.95 (+3.7%)");
    assertThat(text("#change\\.lowerCapitalLimit")).contains("Unchanged");
    assertThat(text("#change\\.disabilityPremium\\.SINGLE")).contains("Missing");
    assertThat(text("#cases-summary")).contains("still hold");
    assertAccessible();

    go(By.id("compare"));
    assertThat(browser.getPageSource()).contains("£241.45 → £250.40");
    assertAccessible();

    browser.get(url("/web/policy/contributions/2027-04-06"));
    browser.findElement(By.id("note")).sendKeys("2027/28 figures from LAC(DHSC)(2027)1");
    go(By.id("publish"));
    assertThat(text("#publication-state")).contains("scheduled");
    assertAccessible();

    // Before 6 April 2027 the new figures are not served: an assessment in 2027/28 still finds
    // 2026/27's figures, which have no amount for a single person aged 25 or over, and is refused.
    signIn("assessor");
    assess("2", "12", "2027", null);
    assertThat(text("#refusal"))
        .contains("We cannot work out the contribution for an assessment dated 2 December 2027")
        .contains("single person aged 25 to pension credit age")
        .contains("has not been published")
        .contains("A policy officer must publish");
    assertThat(browser.findElements(By.id("personRef-error"))).isEmpty();
    assertAccessible();

    CLOCK.set(LocalDate.of(2027, 4, 6));
    live.reload();
    assess("6", "4", "2027", null);
    assertThat(browser.getCurrentUrl()).contains("/web/assessments/");
    assertThat(browser.getPageSource()).contains("6 April 2027").contains("114.40");
    assertAccessible();

    // The disability premium was left blank: absent, never zero, and the assessor is told so.
    assess("6", "4", "2027", "PIP_DAILY_LIVING_STANDARD");
    assertThat(text("#refusal"))
        .contains(
            "dated 6 April 2027: the figure 'Disability premium added to the MIG, single person'"
                + " for 2027/28")
        .contains("has not been published")
        .contains("A policy officer must publish it before this assessment can be completed");
    assertAccessible();
  }

  private void enter(Map<String, String> values) {
    values.forEach(
        (id, value) -> {
          WebElement input = browser.findElement(By.id("value." + id));
          input.clear();
          input.sendKeys(value);
          new Select(browser.findElement(By.id("marker." + id))).selectByValue("R");
        });
  }

  /** An assessment of a 45-year-old with a pension (and another income, when named) on a day. */
  private void assess(String day, String month, String year, String alsoIncome) {
    browser.get(url("/web/assessments/new"));
    fillAssessment(
        "P-UPRATE-1",
        new String[] {day, month, year},
        new String[] {"15", "6", "1980"},
        "0",
        "PRIVATE_PENSION",
        "200.00");
    if (alsoIncome != null) {
      browser.findElement(By.id("income-" + alsoIncome)).sendKeys("81.90");
    }
    go(By.cssSelector("button[type=submit]"));
  }
}
