package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.PersonFacingText;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 21: no page a person or a member of staff sees holds an internal file name, a rule id or a
 * name the calculation uses. With a calculation for every seed person (and a FACS assessment), each
 * role signs in and follows every link of the pages from its home page, as far as they go, and
 * every page's visible text (header, main content and footer) is checked with {@link
 * PersonFacingText}; so is the text of every person's statement PDF.
 *
 * <p>It also runs each finance feature once (a calibration, a month's direct-payment statements
 * with a decision, a scenario) so that the crawl reads the pages of their results.
 *
 * <p>Left out, on purpose: the auditor's record view ({@code /web/audit?id=…}) and agreed-budget
 * chain, which keep each rule's technical trace (issue 21.3); the policy officer's pages about one
 * rule-set version (its files, rules by id, transparency register, cases, validation) and the
 * differences between versions, whose subject is the rule text the officer publishes; text a reader
 * must type as it is, set as {@code <code>} (a CSV's column names, an override's syntax); and
 * downloads other than the statement's PDF (CSV files name their columns).
 */
// A context of its own (a database of its own): the crawl reads only what this test made, so its
// outcome does not depend on which tests ran before it in a shared context.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.test.context=no-internal-words")
class NoInternalWordsOnAnyPageTest {
  private static final Pattern HREF = Pattern.compile("href=\"(/web[^\"#]*)\"");

  /** Technical views kept as they are (see the class comment). */
  private static final List<Pattern> TECHNICAL =
      List.of(
          Pattern.compile("/web/audit\\?id=.*"),
          Pattern.compile("/web/audit/agreed-budgets/.+"),
          Pattern.compile("/web/policy/(?!proposals/|figures)[^/?]+/[^/?]+(/.*)?"),
          Pattern.compile("/web/policy/diff.*"));

  /** Not pages: signing out, downloads, and the assets. */
  private static final Pattern NOT_A_PAGE =
      Pattern.compile(
          ".*(sign-out|\\.csv|\\.pdf|\\.svg|\\.json|\\.jsonl|/download|/assets/|/govuk/|"
              + "[?&]format=).*");

  /** At most this many pages a role: a list of records links to each one. */
  private static final int MOST = 600;

  @LocalServerPort int port;

  /** Caseloads other tests in this context kept: their names are the officer's own file names. */
  @org.springframework.beans.factory.annotation.Autowired
  org.openras.service.scenario.CaseloadStore caseloads;

  @Test
  void noPageAnyRoleReachesShowsAnInternalWord() throws Exception {
    List<String> calculations = new ArrayList<>();
    for (Path seed : Seeds.people()) {
      HttpResponse<String> made = new Http(port).postJson(Seeds.read(seed));
      assertThat(made.statusCode()).as(seed + made.body()).isEqualTo(200);
      calculations.add(Json.mapper().readTree(made.body()).get("calculationId").asString());
    }
    HttpResponse<String> facs = new Http(port).postJson(FACS);
    assertThat(facs.statusCode()).as(facs.body()).isEqualTo(200);
    calculations.add(Json.mapper().readTree(facs.body()).get("calculationId").asString());

    // A caseload kept under the officer's own file name, as an upload keeps it.
    String line = Json.mapper().readTree(Seeds.read(Seeds.people().get(0))).toString() + "\n";
    var kept =
        caseloads.save(
            new java.io.ByteArrayInputStream(
                line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    caseloads.name(kept.id(), "export.csv");

    runsOfTheOtherFeatures();

    List<String> found = new ArrayList<>();
    for (String role : List.of("assessor", "auditor", "finance", "policy", "panel")) {
      WebSession web = new WebSession(port);
      web.signIn(role);
      Set<String> seen = new LinkedHashSet<>();
      Deque<String> next = new ArrayDeque<>(List.of("/web"));
      if (role.equals("assessor")) {
        for (String id : calculations) {
          next.add("/web/assessments/" + id);
          next.add("/web/assessments/" + id + "/statement");
        }
      }
      while (!next.isEmpty() && seen.size() < MOST) {
        String path = next.poll();
        if (!seen.add(path)) {
          continue;
        }
        HttpResponse<String> page = web.get(path);
        if (page.statusCode() != 200
            || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
          continue;
        }
        check(role + " " + path, withoutKeptNames(visibleText(page.body())), found);
        Matcher m = HREF.matcher(page.body());
        while (m.find()) {
          String link = HtmlUtils.htmlUnescape(m.group(1));
          if (!NOT_A_PAGE.matcher(link).matches()
              && TECHNICAL.stream().noneMatch(p -> p.matcher(link).matches())
              && !seen.contains(link)) {
            next.add(link);
          }
        }
      }
      if (seen.size() < 2) {
        found.add(role + ": only " + seen + " reached");
      }
    }
    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    for (String id : calculations) {
      HttpResponse<byte[]> pdf = assessor.getBytes("/web/assessments/" + id + "/statement.pdf");
      assertThat(pdf.statusCode()).isEqualTo(200);
      try (PDDocument doc = Loader.loadPDF(pdf.body())) {
        check("statement PDF " + id, new PDFTextStripper().getText(doc), found);
      }
    }
    assertThat(found).as("internal words on pages staff and people read").isEmpty();
  }

  /**
   * A run of each finance feature whose page the crawl then reads: a calibration (its report and
   * its table of people), a month's direct-payment statements imported with a decision on one (the
   * statement's page), and a scenario run to completion (its report).
   */
  private void runsOfTheOtherFeatures() throws Exception {
    Http finance = new Http(port, "finance");
    String cohort = Files.readString(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl"));
    HttpResponse<String> kept = finance.post("/api/v1/caseloads", cohort, "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    String cohortId = Json.mapper().readTree(kept.body()).get("id").asString();
    HttpResponse<String> calibrated =
        finance.post(
            "/api/v1/calibrations",
            "{\"cohortId\": \"" + cohortId + "\", \"method\": \"ratio\"}",
            "application/json");
    assertThat(calibrated.statusCode()).as(calibrated.body()).isEqualTo(201);

    Path mappings = Path.of("..", "seeds", "mappings");
    var body = Json.mapper().createObjectNode();
    body.put(
        "csv",
        Files.readString(mappings.resolve("dp-statements-example.csv"))
            .replace("DP-000", "NIW-000"));
    body.put("mapping", Files.readString(mappings.resolve("dp-statements.yaml")));
    HttpResponse<String> imported =
        finance.post("/api/v1/direct-payments/statements", body.toString(), "application/json");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    var accounts = Json.mapper().readTree(finance.get("/api/v1/direct-payments/accounts").body());
    String statement = null;
    for (var line : accounts.get("recoverableSurplus")) {
      if (line.get("accountRef").asString().equals("NIW-0001")) {
        statement = line.get("statementId").asString();
      }
    }
    assertThat(statement).as(accounts.toString()).isNotNull();
    HttpResponse<String> decided =
        finance.post(
            "/api/v1/direct-payments/statements/" + statement + "/decisions",
            "{\"decision\": \"RECOVER\"}",
            "application/json");
    assertThat(decided.statusCode()).as(decided.body()).isLessThan(300);

    HttpResponse<String> started =
        finance.post(
            "/api/v1/scenarios",
            "{\"title\": \"October uplift\", \"caseload\": {\"generate\": {\"people\": 40,"
                + " \"seed\": 7}}, \"baseline\": {\"date\": \"2025-06-02\"}, \"candidate\":"
                + " {\"date\": \"2025-11-03\", \"overrides\": [\"ras:pricePerPoint*1.03@age>=65\"]}}",
            "application/json");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String job = Json.mapper().readTree(started.body()).get("id").asString();
    // Generous: two cores, shared with other builds.
    java.time.Instant until = java.time.Instant.now().plusSeconds(300);
    String state = "QUEUED";
    while (state.matches("QUEUED|RUNNING") && java.time.Instant.now().isBefore(until)) {
      Thread.sleep(500);
      state =
          Json.mapper()
              .readTree(finance.get("/api/v1/scenarios/" + job).body())
              .get("state")
              .asString();
    }
    assertThat(state).as("the scenario run").isEqualTo("DONE");
  }

  /**
   * The text without the names of kept caseloads: an uploaded file is listed by the name the
   * officer gave it (such as "export.csv"), which is their own word for it, not the project's.
   */
  private String withoutKeptNames(String text) {
    String without = text;
    for (var kept : caseloads.list(1000)) {
      if (kept.name() != null && !kept.name().isBlank()) {
        without = without.replace(kept.name(), "(a kept caseload)");
      }
    }
    return without;
  }

  /** Adds what {@link PersonFacingText} finds in {@code text} to {@code found}, by page. */
  private static void check(String where, String text, List<String> found) {
    try {
      PersonFacingText.assertNothingInternal(text, Map.of());
    } catch (AssertionError e) {
      found.add(where + ": " + e.getMessage().replaceAll("\\s+", " "));
    }
  }

  /** The text a reader sees: the body without scripts, styles or tags. */
  static String visibleText(String html) {
    int start = html.indexOf("<body");
    String body = start < 0 ? html : html.substring(start);
    body = body.replaceAll("(?s)<(script|style|svg|code)[^>]*>.*?</\\1>", " ");
    return HtmlUtils.htmlUnescape(body.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
  }

  /** An assessment under Fair Access to Care Services (before April 2015): eligibility only. */
  static final String FACS =
      """
      {"personRef": "P-FACS-WORDS", "assessmentDate": "2012-09-01",
       "person": {"dateOfBirth": "1940-02-03", "primarySupportReason": "PHYSICAL_PERSONAL_CARE"},
       "eligibility": {"riskFactors": ["MAJORITY_PERSONAL_CARE_OR_DOMESTIC_ROUTINES",
                                       "SEVERAL_SOCIAL_SUPPORT_SYSTEMS"]}}
      """;
}
