package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.PersonFacingText;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 21 item 3: for every seed person, the statement the person reads and the assessor's result
 * page hold no internal file name, rule id, build, research note or name the calculation uses;
 * figures are written as money with separators and dates in words; and the form's errors name the
 * area of need.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonFacingWordsTest {
  @LocalServerPort int port;

  /** The visible text of a page's main content. */
  static String mainText(String html) {
    int start = html.indexOf("<main");
    int end = html.indexOf("</main>");
    String main = start < 0 || end < 0 ? html : html.substring(start, end);
    main = main.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ");
    return HtmlUtils.htmlUnescape(main.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void noPageAboutAPersonShowsAnInternalWordForAnySeedPerson() throws Exception {
    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    for (Path seed : Seeds.people()) {
      HttpResponse<String> made = new Http(port).postJson(Seeds.read(seed));
      assertThat(made.statusCode()).as(seed + made.body()).isEqualTo(200);
      Map<String, Object> result = Json.mapper().readValue(made.body(), Map.class);
      String id = String.valueOf(result.get("calculationId"));

      String statement = mainText(assessor.get("/web/assessments/" + id + "/statement").body());
      assertThat(statement)
          .as(seed.toString())
          .contains("How your personal budget was calculated")
          .contains(Formats.date(result.get("assessmentDate")))
          .contains("Local Government and Social Care Ombudsman")
          .doesNotContain("The adult")
          .doesNotContain("the person's");
      PersonFacingText.assertNothingInternal(statement, result);

      String page = mainText(assessor.get("/web/assessments/" + id).body());
      assertThat(page).as(seed.toString()).contains("How this was worked out");
      PersonFacingText.assertNothingInternal(page, result);
      Map<String, Object> ras = (Map<String, Object>) result.get("ras");
      if (ras != null) {
        assertThat(page).contains(Formats.money(ras.get("annualBudget")));
        Map<String, Object> adj = (Map<String, Object>) result.get("adjustments");
        Object annual =
            adj != null && adj.get("annualBudget") != null
                ? adj.get("annualBudget")
                : ras.get("annualBudget");
        assertThat(statement).contains("comes to " + Formats.money(annual));
      }
    }
  }

  @Test
  void theAssessorsExplanationNamesFiguresInWordsAndCitesTheLawNotInternalDocuments()
      throws Exception {
    String seed =
        Seeds.read(
            Path.of("../seeds/people/older-person-full-assessment-pays-a-contribution.json"));
    String id =
        Json.mapper()
            .readTree(new Http(port).postJson(seed).body())
            .get("calculationId")
            .asString();
    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    String page = mainText(assessor.get("/web/assessments/" + id).body());
    assertThat(page)
        .contains("Weekly amount the council pays: £108.35")
        .contains("Personal care: each answer scores")
        .contains("Care Act 2014, s.26")
        .contains("The council's decision, in its personal budget rules in force from 1 April 2025")
        .doesNotContain("DESIGN")
        .doesNotContain("OpenRAS design")
        .doesNotContain("ras.weeklyBudget");
    // The auditor's view keeps each rule's technical trace.
    WebSession auditor = new WebSession(port);
    auditor.signIn("auditor");
    String audit = auditor.get("/web/audit?id=" + id).body();
    assertThat(audit).contains("RAS-010").contains("CHG-090");
  }

  @SuppressWarnings("unchecked")
  private String statementOf(String request) throws Exception {
    HttpResponse<String> made = new Http(port).postJson(request);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    Map<String, Object> result = Json.mapper().readValue(made.body(), Map.class);
    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    String statement =
        mainText(
            assessor.get("/web/assessments/" + result.get("calculationId") + "/statement").body());
    PersonFacingText.assertNothingInternal(statement, result);
    return statement;
  }

  @Test
  void theStatementSpeaksToThePersonAboutTheirCarerAndUnderFacs() throws Exception {
    String carer =
        statementOf(
            Seeds.read(
                Path.of(
                    "../seeds/people/adult-eligible-with-eligible-carer-receiving-benefits.json")));
    assertThat(carer)
        .contains("Your carer's needs")
        .contains(
            "Your carer's needs meet the national eligibility criteria for carers, so the council"
                + " must meet them.")
        .contains("Your carer's needs arise because they give you care that you need.")
        .contains("regulation 3")
        .contains("We will work with you on your care and support plan");

    String facs = statementOf(NoInternalWordsOnAnyPageTest.FACS);
    assertThat(facs)
        .contains("Fair Access to Care Services")
        .contains(
            "Your needs are in the substantial band. The council meets needs in the substantial"
                + " band and above, so it must meet your needs.")
        .contains(
            "There is, or will be, an inability to carry out the majority of personal care or"
                + " domestic routines (substantial band).")
        .doesNotContain("three conditions")
        .doesNotContain("regulation 2")
        .contains("Local Government and Social Care Ombudsman");

    String notEligible =
        statementOf(
            Seeds.read(
                Path.of(
                    "../seeds/people/adult-not-eligible-one-outcome-figure-shown-on-request.json")));
    assertThat(notEligible)
        .contains("Because your needs are not eligible, the council does not have to meet them.")
        .contains("(Care Act 2014, section 13)")
        .doesNotContain("We will review your plan");
  }

  @Test
  void eachUnansweredAreaOfNeedIsNamedInItsError() throws Exception {
    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    String page =
        mainText(
            assessor
                .post("/web/assessments/new", "/web/assessments", Map.of("personRef", "T-1"))
                .body());
    assertThat(page)
        .contains("Select the statement that best describes the person's needs for personal care")
        .contains(
            "Select the statement that best describes the person's needs for eating and drinking");
  }
}
