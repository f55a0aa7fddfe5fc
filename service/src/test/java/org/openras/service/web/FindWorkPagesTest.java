package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.openras.service.audit.AuditLog;
import org.openras.service.audit.RecordSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Finding and continuing work (issue 21), over HTTP: the assessor's drafts saved, resumed and
 * submitted (a calculation only then) and their own calculations searched and paged; the auditor's
 * search by person, days and user; the finance officer's kept caseloads (picked on the forms,
 * deleted with the deletion logged) and jobs; the API's equivalents; and the header every page
 * carries: the role's sections, the user, sign-out with its CSRF token, breadcrumbs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FindWorkPagesTest {
  static final Pattern NEEDS = Pattern.compile("name=\"needs\\[([^\\]]+)\\]\"");
  static final Pattern DRAFT_ID = Pattern.compile("saved=([0-9a-f-]{36})");

  @LocalServerPort int port;
  @Autowired AuditLog audit;

  static String seedFor(String personRef) {
    return Seeds.first()
        .replaceFirst("\"personRef\": \"[^\"]*\"", "\"personRef\": \"" + personRef + "\"");
  }

  private String calculate(String user, String personRef) {
    var made = new Http(port, user).postJson(seedFor(personRef));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    return Json.mapper().readTree(made.body()).get("calculationId").asString();
  }

  /** A whole assessment form, as the page names its fields, for one person. */
  private static Map<String, String> assessment(String formPage, String personRef) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("personRef", personRef);
    f.put("assessmentDate.day", "2");
    f.put("assessmentDate.month", "6");
    f.put("assessmentDate.year", "2025");
    f.put("dateOfBirth.day", "4");
    f.put("dateOfBirth.month", "3");
    f.put("dateOfBirth.year", "1950");
    f.put("primarySupportReason", "PHYSICAL_PERSONAL_CARE");
    Matcher m = NEEDS.matcher(formPage);
    while (m.find()) {
      f.put("needs[" + m.group(1) + "]", "2");
    }
    f.put("capital", "5000");
    f.put("income[STATE_PENSION]", "221.20");
    return f;
  }

  @Test
  void anAssessorSavesADraftResumesItAndSubmitsIt() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("assessor");
    String person = "P-DRAFT-" + UUID.randomUUID().toString().substring(0, 8);
    String formPage = web.get("/web/assessments/new").body();
    assertThat(formPage).contains("id=\"save-draft\"").contains("Save as a draft");
    Map<String, String> whole = assessment(formPage, person);

    // Half filled in, saved: no calculation, no audit record.
    long before = audit.count();
    Map<String, String> half = new LinkedHashMap<>();
    half.put("personRef", person);
    half.put("capital", "5000");
    half.put("action", "draft");
    var saved = web.post("/web/assessments/new", "/web/assessments", half);
    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    Matcher id = DRAFT_ID.matcher(location);
    assertThat(id.find()).as(location).isTrue();
    String draft = id.group(1);
    assertThat(audit.count()).as("a draft is not a calculation").isEqualTo(before);

    String list = web.get("/web/assessments?saved=" + draft).body();
    assertThat(list).contains("Your draft is saved").contains(person);
    assertThat(list).contains("/web/assessments/drafts/" + draft);

    // Resumed: the form as typed, with the draft's id.
    String resumed = web.get("/web/assessments/drafts/" + draft).body();
    assertThat(resumed).contains("Continue a draft assessment");
    assertThat(resumed).contains("value=\"" + person + "\"").contains("value=\"5000\"");
    assertThat(resumed).contains("name=\"draftId\" value=\"" + draft + "\"");

    // Submitted with a mistake: the errors, the draft kept.
    Map<String, String> wrong = new LinkedHashMap<>(whole);
    wrong.remove("assessmentDate.day");
    wrong.put("draftId", draft);
    var refused = web.post("/web/assessments/drafts/" + draft, "/web/assessments", wrong);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("There is a problem").contains("name=\"draftId\"");
    assertThat(audit.count()).isEqualTo(before);

    // Submitted whole: a calculation, audited; the draft is gone.
    Map<String, String> right = new LinkedHashMap<>(whole);
    right.put("draftId", draft);
    var done = web.post("/web/assessments/drafts/" + draft, "/web/assessments", right);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElseThrow())
        .matches(".*/web/assessments/[0-9a-f-]{36}$");
    assertThat(audit.count()).isEqualTo(before + 1);
    assertThat(web.get("/web/assessments/drafts/" + draft).statusCode()).isEqualTo(404);
    String after = web.get("/web/assessments?person=" + person).body();
    assertThat(after).contains("You have no drafts to continue").contains("1 calculation");
  }

  @Test
  void anAssessorDeletesADraftAndOnlyTheirOwnCanBeOpened() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("assessor");
    var saved =
        web.post(
            "/web/assessments/new",
            "/web/assessments",
            Map.of("personRef", "P-GONE", "action", "draft"));
    Matcher id = DRAFT_ID.matcher(saved.headers().firstValue("Location").orElseThrow());
    assertThat(id.find()).isTrue();
    var deleted =
        web.post(
            "/web/assessments", "/web/assessments/drafts/" + id.group(1) + "/delete", Map.of());
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(web.get("/web/assessments/drafts/" + id.group(1)).statusCode()).isEqualTo(404);
    assertThat(web.get("/web/assessments/drafts/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  @Test
  void anAssessorsCalculationsAreSearchedAndPaged() throws Exception {
    String person = "P-PAGED-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 23; i++) {
      calculate("assessor", person);
    }
    WebSession web = new WebSession(port);
    web.signIn("assessor");
    String first = web.get("/web/assessments?person=" + person).body();
    assertThat(first).contains("23 calculations");
    assertThat(count(first, "/web/assessments/[0-9a-f-]{36}\"")).isEqualTo(20);
    assertThat(first).contains("id=\"next-page\"").doesNotContain("id=\"previous-page\"");
    String second = web.get("/web/assessments?person=" + person + "&page=2").body();
    assertThat(count(second, "/web/assessments/[0-9a-f-]{36}\"")).isEqualTo(3);
    assertThat(second).contains("id=\"previous-page\"");

    LocalDate today = LocalDate.now(RecordSearch.UK);
    String byDay =
        web.get(
                "/web/assessments?person="
                    + person
                    + "&from.day="
                    + today.getDayOfMonth()
                    + "&from.month="
                    + today.getMonthValue()
                    + "&from.year="
                    + today.getYear())
            .body();
    assertThat(byDay).contains("23 calculations");
    LocalDate tomorrow = today.plusDays(1);
    String none =
        web.get(
                "/web/assessments?person="
                    + person
                    + "&from.day="
                    + tomorrow.getDayOfMonth()
                    + "&from.month="
                    + tomorrow.getMonthValue()
                    + "&from.year="
                    + tomorrow.getYear())
            .body();
    assertThat(none).contains("0 calculations");
    String bad = web.get("/web/assessments?from.day=31&from.month=2&from.year=2025").body();
    assertThat(bad).contains("There is a problem").contains("href=\"#from\"");

    // The API's equivalent: the caller's own calculations only.
    JsonNode api =
        Json.mapper()
            .readTree(
                new Http(port, "assessor")
                    .get("/api/v1/calculations?person=" + person + "&size=10&page=3")
                    .body());
    assertThat(api.get("total").asLong()).isEqualTo(23);
    assertThat(api.get("pages").asInt()).isEqualTo(3);
    assertThat(api.get("items").size()).isEqualTo(3);
    assertThat(api.get("items").get(0).get("personRef").asString()).isEqualTo(person);
    var refused = new Http(port, "assessor").get("/api/v1/calculations?from=2025-13-01&size=0");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"from\"").contains("\"size\"");
  }

  @Test
  void anAuditorSearchesByPersonDaysAndUser() throws Exception {
    String person = "P-AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
    String id = calculate("assessor", person);
    WebSession web = new WebSession(port);
    web.signIn("auditor");
    String page = web.get("/web/audit/records?person=" + person + "&user=assessor").body();
    assertThat(page).contains("1 record").contains("/web/audit?id=" + id);
    assertThat(web.get("/web/audit/records?person=" + person + "&user=finance").body())
        .contains("0 records");
    assertThat(
            web.get("/web/audit/records?person=" + person + "&to.day=1&to.month=1&to.year=2020")
                .body())
        .contains("0 records");
    assertThat(
            web.get(
                    "/web/audit/records?from.day=2&from.month=1&from.year=2026&to.day=1&to.month=1&to.year=2026")
                .body())
        .contains("The last day must be the same as or after the first day");
    // The record page it links to.
    assertThat(web.get("/web/audit?id=" + id).body()).contains("Calculation " + id);

    LocalDate today = LocalDate.now(RecordSearch.UK);
    JsonNode api =
        Json.mapper()
            .readTree(
                new Http(port, "auditor")
                    .get(
                        "/api/v1/audit/records?person="
                            + person
                            + "&from="
                            + today
                            + "&to="
                            + today
                            + "&user=assessor")
                    .body());
    assertThat(api.get("total").asLong()).isEqualTo(1);
    assertThat(api.get("items").get(0).get("calculationId").asString()).isEqualTo(id);
    assertThat(api.get("items").get(0).get("actor").asString()).isEqualTo("assessor");
  }

  @Test
  void aFinanceOfficerListsPicksAndDeletesCaseloadsWithTheDeletionLogged(CapturedOutput log)
      throws Exception {
    String line =
        "{\"request\": "
            + Json.mapper().readTree(seedFor("P-CASELOAD-" + UUID.randomUUID())) // one line
            + ", \"actualWeeklyCost\": \"100.00\"}\n";
    Http finance = new Http(port, "finance");
    var kept =
        finance.post("/api/v1/caseloads?name=north-export.jsonl", line, "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    String caseload = Json.mapper().readTree(kept.body()).get("id").asString();

    WebSession web = new WebSession(port);
    web.signIn("finance");
    String list = web.get("/web/finance/caseloads").body();
    assertThat(list).contains("id=\"caseload-" + caseload + "\"").contains("north-export.jsonl");
    // Picked on the forms from a list, not pasted.
    String form = web.get("/web/finance/scenarios/new?caseload=" + caseload).body();
    assertThat(form).contains("<select").contains("value=\"" + caseload + "\" selected");
    assertThat(form).contains("north-export.jsonl: 1 line");
    assertThat(web.get("/web/finance/calibrations/new?caseload=" + caseload).body())
        .contains("value=\"" + caseload + "\" selected");
    JsonNode listed = Json.mapper().readTree(finance.get("/api/v1/caseloads").body());
    assertThat(listed.toString()).contains(caseload).contains("north-export.jsonl");

    String confirm = web.get("/web/finance/caseloads/" + caseload + "/delete").body();
    assertThat(confirm).contains("Delete this caseload?").contains("north-export.jsonl");
    var deleted =
        web.post(
            "/web/finance/caseloads/" + caseload + "/delete",
            "/web/finance/caseloads/" + caseload + "/delete",
            Map.of());
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(log.getAll()).contains("Caseload " + caseload + " deleted on request by finance");
    assertThat(web.get("/web/finance/caseloads").body()).doesNotContain(caseload);
    assertThat(web.get("/web/finance/caseloads/" + caseload + "/delete").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aFinanceOfficerSeesJobsWithTheirState() throws Exception {
    Http finance = new Http(port, "finance");
    var started =
        finance.post(
            "/api/v1/scenarios",
            "{\"title\": \"Jobs list check\", \"caseload\": {\"generate\": {\"people\": 3}},"
                + " \"baseline\": {\"date\": \"2025-06-02\"}, \"candidate\": {\"date\":"
                + " \"2025-11-03\"}}",
            "application/json");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String job = Json.mapper().readTree(started.body()).get("id").asString();
    WebSession web = new WebSession(port);
    web.signIn("finance");
    String page = web.get("/web/finance/jobs").body();
    assertThat(page).contains("/web/finance/scenarios/" + job).contains("Jobs list check");
    assertThat(page).containsPattern("govuk-tag govuk-tag--\\w+\">(Queued|Running|Done)<");
    assertThat(finance.get("/api/v1/scenarios").body()).contains(job).contains("\"state\"");
    assertThat(finance.get("/api/v1/calibrations").statusCode()).isEqualTo(200);
    // The generated caseload has its name in words.
    assertThat(web.get("/web/finance/caseloads").body()).contains("Synthetic caseload of 3 people");
  }

  @Test
  void everyPageHasTheRolesSectionsTheUserSignOutAndBreadcrumbs() throws Exception {
    Map<String, List<String>> sections =
        Map.of(
            "assessor", List.of("/web/assessments\"", "/web/assessments/new\""),
            "auditor", List.of("/web/audit/records\"", "/web/audit\""),
            "finance", List.of("/web/finance/caseloads\"", "/web/finance/jobs\""),
            "policy", List.of("/web/policy\""),
            "panel", List.of("/web/panel\""));
    for (var role : sections.entrySet()) {
      WebSession web = new WebSession(port);
      web.signIn(role.getKey());
      String home = web.get("/web").body();
      String nav = between(home, "<ul class=\"govuk-service-navigation__list\"", "</ul>");
      for (String href : role.getValue()) {
        assertThat(nav)
            .as(role.getKey())
            .contains("class=\"govuk-service-navigation__link\" href=\"" + href);
      }
      for (var other : sections.entrySet()) {
        if (!other.getKey().equals(role.getKey())) {
          assertThat(nav).as(role.getKey()).doesNotContain("href=\"" + other.getValue().get(0));
        }
      }
      assertThat(nav).contains(role.getKey() + " (").contains("id=\"sign-out\"");
      assertThat(home).as("no breadcrumbs at home").doesNotContain("id=\"breadcrumbs\"");
      // Signing out: the header's form with its CSRF token ends the session.
      var out = web.post("/web", "/web/sign-out", Map.of());
      assertThat(out.statusCode()).isEqualTo(302);
      assertThat(out.headers().firstValue("Location").orElseThrow())
          .contains("/web/sign-in?signedOut");
      assertThat(web.get("/web").statusCode()).isEqualTo(302);
    }
    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    String form = assessor.get("/web/assessments/new").body();
    assertThat(between(form, "govuk-breadcrumbs__list", "</ol>"))
        .contains("href=\"/web\">Home<")
        .contains("href=\"/web/assessments\">Your assessments<");
    assertThat(form).contains("aria-current=\"page\"");
    WebSession policy = new WebSession(port);
    policy.signIn("policy");
    String version = policy.get("/web/policy/ras/2025-04-01/cases").body();
    assertThat(between(version, "govuk-breadcrumbs__list", "</ol>"))
        .contains(">Rule-set versions<")
        .contains("href=\"/web/policy/ras/2025-04-01\">Version 2025-04-01 of ras<");
    assertThat(count(version, "class=\"govuk-breadcrumbs\"")).isEqualTo(1);
  }

  @Test
  void theNewPagesAreForTheirRoleOnly() throws Exception {
    Map<String, String> pages =
        Map.of(
            "/web/assessments", "assessor",
            "/web/audit/records", "auditor",
            "/web/finance/caseloads", "finance",
            "/web/finance/jobs", "finance");
    for (String user : List.of("assessor", "auditor", "finance", "policy")) {
      WebSession web = new WebSession(port);
      web.signIn(user);
      for (var p : pages.entrySet()) {
        assertThat(web.get(p.getKey()).statusCode())
            .as(user + " " + p.getKey())
            .isEqualTo(p.getValue().equals(user) ? 200 : 403);
      }
    }
  }

  @Test
  void thePolicyVersionsListWarnsOfNoVersionOnlyWhenThereIsOne() throws Exception {
    // Today (by the service's clock) every area that must have a version has one, for 90 days.
    WebSession web = new WebSession(port);
    web.signIn("policy");
    String page = web.get("/web/policy").body();
    assertThat(page)
        .doesNotContain("id=\"no-version-soon\"")
        .doesNotContain("id=\"no-version-today\"");
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String between(String text, String from, String to) {
    int a = text.indexOf(from);
    assertThat(a).as("'" + from + "' on the page").isGreaterThanOrEqualTo(0);
    return text.substring(a, text.indexOf(to, a));
  }
}
