package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;

/**
 * Each role finds and continues its earlier work from the pages alone (issue 21), in Debian's
 * headless Chromium, moving by the header's sections and the breadcrumbs and signing out with the
 * header's button: an assessor saves a draft, resumes it, works out the budget and finds it by
 * person; an auditor searches the records and opens one; a finance officer picks a kept caseload
 * for a scenario, sees the jobs and deletes the caseload; a policy officer reads a version and goes
 * back by the breadcrumbs. Every page visited passes axe ({@link BrowserJourney}).
 */
class FindWorkJourneyTest extends BrowserJourney {
  private String person(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anAssessorSavesADraftResumesItAndFindsTheCalculation() throws IOException {
    String person = person("P-JOURNEY");
    signIn("assessor");
    section("New assessment");
    browser.findElement(By.id("personRef")).sendKeys(person);
    go(By.id("save-draft"));
    assertThat(text("#saved")).contains("Your draft is saved");
    assertThat(text("#drafts")).contains(person);
    assertAccessible();

    go(By.cssSelector("#drafts a[id^=continue-]"));
    assertThat(text("h1")).isEqualTo("Continue a draft assessment");
    assertThat(browser.findElement(By.id("personRef")).getAttribute("value")).isEqualTo(person);
    assertAccessible();
    browser.findElement(By.id("personRef")).clear();
    fillAssessment(
        person,
        new String[] {"2", "6", "2025"},
        new String[] {"4", "3", "1950"},
        "5000",
        "STATE_PENSION",
        "221.20");
    go(By.cssSelector("button[type=submit]"));
    assertThat(browser.getCurrentUrl()).matches(".*/web/assessments/[0-9a-f-]{36}$");
    assertAccessible();
    String result = browser.getCurrentUrl();

    breadcrumb("Your assessments");
    assertThat(text("#no-drafts")).isEqualTo("You have no drafts to continue.");
    browser.findElement(By.id("person")).sendKeys(person);
    go(By.id("search-button"));
    assertThat(text("#calculations-count")).isEqualTo("1 calculation");
    assertAccessible();
    go(By.cssSelector("#calculations a"));
    assertThat(browser.getCurrentUrl()).isEqualTo(result);
    signOut();
  }

  @Test
  void anAuditorSearchesTheRecordsAndOpensOne() throws IOException {
    String person = person("P-AUDITED");
    var made =
        new Http(port, "assessor")
            .postJson(
                Seeds.first()
                    .replaceFirst(
                        "\"personRef\": \"[^\"]*\"", "\"personRef\": \"" + person + "\""));
    String id = Json.mapper().readTree(made.body()).get("calculationId").asString();
    signIn("auditor");
    section("Find records");
    browser.findElement(By.id("person")).sendKeys(person);
    browser.findElement(By.id("user")).sendKeys("assessor");
    go(By.id("search-button"));
    assertThat(text("#records-count")).isEqualTo("1 record");
    assertAccessible();
    go(By.cssSelector("#records a"));
    assertThat(text("h2")).isEqualTo("Calculation " + id);
    assertAccessible();
    signOut();
  }

  @Test
  void aFinanceOfficerPicksAKeptCaseloadSeesTheJobsAndDeletesIt() throws IOException {
    String line =
        "{\"request\": "
            + Json.mapper() // one line
                .readTree(
                    Seeds.first()
                        .replaceFirst(
                            "\"personRef\": \"[^\"]*\"",
                            "\"personRef\": \"" + person("P-KEPT") + "\""))
            + ", \"actualWeeklyCost\": \"100.00\"}\n";
    var kept =
        new Http(port, "finance")
            .post("/api/v1/caseloads?name=journey-export.jsonl", line, "application/x-ndjson");
    String caseload = Json.mapper().readTree(kept.body()).get("id").asString();
    signIn("finance");
    section("Caseloads");
    assertThat(text("#caseload-" + caseload)).contains("journey-export.jsonl");

    go(By.id("scenario-" + caseload));
    assertThat(browser.findElement(By.id("source-kept")).isSelected()).isTrue();
    assertThat(
            new Select(browser.findElement(By.id("caseloadId"))).getFirstSelectedOption().getText())
        .startsWith("journey-export.jsonl: 1 line");
    assertAccessible();

    section("Jobs");
    breadcrumb("Home");
    section("Caseloads");
    go(By.id("delete-" + caseload));
    assertThat(text("h1")).isEqualTo("Delete this caseload?");
    assertAccessible();
    go(By.id("confirm-delete"));
    assertThat(text("#deleted")).contains("The caseload is deleted");
    assertThat(browser.findElements(By.id("caseload-" + caseload))).isEmpty();
    assertAccessible();
    signOut();
  }

  @Test
  void aPanelMemberFindsTheProposalsToDecideAndSignsOut() throws IOException {
    signIn("panel");
    section("Proposals to decide");
    assertThat(text("h1")).isEqualTo("Proposals awaiting a decision");
    breadcrumb("Home");
    signOut();
  }

  @Test
  void aPolicyOfficerReadsAVersionAndGoesBackByTheBreadcrumbs() throws IOException {
    signIn("policy");
    section("Rule-set versions");
    go(By.cssSelector("#area-ras tbody a"));
    assertThat(browser.findElements(By.cssSelector("#breadcrumbs a"))).hasSize(2);
    assertAccessible();
    breadcrumb("Rule-set versions");
    assertThat(text("h1")).isEqualTo("Rule-set versions");
    signOut();
  }
}
