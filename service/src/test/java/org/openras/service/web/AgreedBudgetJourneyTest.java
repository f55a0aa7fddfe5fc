package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Agreed budgets in the browser (issue 23): an assessor proposes from a calculation's page a budget
 * the panel must decide; a panel member approves it from the queue; an auditor reads its chain and
 * verifies the audit trail. Every page passes the accessibility check of {@link BrowserJourney}.
 */
class AgreedBudgetJourneyTest extends BrowserJourney {
  @Test
  void anAssessorProposesAPanelMemberApprovesAndAnAuditorReadsTheChain() throws IOException {
    ObjectNode request = (ObjectNode) Json.mapper().readTree(Seeds.first());
    request.put("personRef", "P-AGREED-WEB");
    var made = new Http(port).postJson(request.toString());
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    JsonNode calculation = Json.mapper().readTree(made.body());
    String id = calculation.get("calculationId").asString();
    JsonNode ras = calculation.get("ras");
    BigDecimal indicative =
        new BigDecimal(
            calculation.path("adjustments").path("inForce").asBoolean(false)
                ? calculation.path("adjustments").path("weeklyBudget").asString()
                : ras.get("weeklyBudget").asString());
    String proposed = indicative.multiply(new BigDecimal("1.5")).setScale(2).toPlainString();

    // The assessor proposes from the calculation's page.
    signIn("assessor");
    browser.get(url("/web/assessments/" + id));
    go(By.id("propose-agreed"));
    assertThat(text("h1")).isEqualTo("Propose an agreed budget");
    assertThat(text("#indicative")).contains("£" + indicative.toPlainString());
    assertAccessible();
    browser.findElement(By.id("agreedWeeklyBudget")).sendKeys(proposed);
    go(By.id("propose"));
    assertThat(text(".govuk-error-summary")).contains("Enter an amount in pounds a week");
    assertAccessible();
    browser.findElement(By.id("supportPlanWeeklyCost")).sendKeys(proposed);
    browser.findElement(By.cssSelector("#reasonCode option[value=EXCEPTIONAL_NEEDS]")).click();
    browser.findElement(By.id("reasonText")).sendKeys("Two carers needed at night");
    go(By.id("propose"));
    assertThat(text("#proposed")).contains("Sent to the panel").contains("£" + proposed);
    String budget = browser.getCurrentUrl().replaceAll(".*proposed=", "");
    assertThat(text("#budgets")).contains("Awaiting panel");
    assertAccessible();

    // A panel member approves it from the queue.
    signIn("panel");
    go(By.linkText("Funding panel: proposed budgets awaiting a decision"));
    assertThat(text("#queue")).contains("P-AGREED-WEB");
    assertAccessible();
    go(By.cssSelector("a[href$='/web/panel/" + budget + "']"));
    assertThat(text("#budget")).contains("Two carers needed at night").contains("Awaiting panel");
    assertAccessible();
    browser.findElement(By.id("reasons")).sendKeys("Night care is an eligible need");
    go(By.id("approve"));
    assertThat(text("#decided")).contains(budget).contains("is now agreed");
    assertAccessible();

    // An auditor reads its chain, then verifies the audit trail.
    signIn("auditor");
    go(By.linkText("Agreed budgets and their chains"));
    assertAccessible();
    go(By.cssSelector("a[href$='/web/audit/agreed-budgets/" + budget + "']"));
    assertThat(text("#status")).isEqualTo("Agreed");
    assertThat(browser.findElements(By.cssSelector("#steps tbody tr"))).hasSize(2);
    assertThat(text("#steps"))
        .contains("proposed: AWAITING_PANEL")
        .contains("approved: AGREED")
        .contains("panel (PANEL)")
        .contains("Intact");
    assertAccessible();
    go(By.id("verify"));
    assertThat(text("#chain")).contains("Intact");
    assertAccessible();
  }
}
