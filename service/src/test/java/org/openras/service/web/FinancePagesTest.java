package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The finance pages' faults and guards, over HTTP: bad uploads and bad fields get a GOV.UK error
 * summary naming the field, an unknown job is GOV.UK's "Page not found" (never a trace), only
 * finance officers open the pages, and a running scenario's page refreshes itself until told not
 * to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FinancePagesTest {
  static final String NEW = "/web/finance/scenarios/new";
  static final String SCENARIOS = "/web/finance/scenarios";
  static final String CALIBRATIONS = "/web/finance/calibrations";

  @LocalServerPort int port;
  WebSession web;

  @BeforeEach
  void signedInAsFinance() throws Exception {
    web = new WebSession(port);
    web.signIn("finance");
  }

  private static Map<String, String> upload(String more, String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("source", "upload");
    if (more != null) {
      fields.put(more, value);
    }
    return fields;
  }

  private HttpResponse<String> uploadScenario(Map<String, String> fields, String name, String text)
      throws Exception {
    return web.postMultipart(NEW, SCENARIOS, fields, name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badUploadsAreNamedOnTheFileField() throws Exception {
    var none = uploadScenario(upload(null, null), "", "");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body())
        .contains("There is a problem")
        .contains("<a href=\"#file\">Select a caseload file</a>");
    var empty = uploadScenario(upload(null, null), "caseload.jsonl", "");
    assertThat(empty.body()).contains("<a href=\"#file\">The selected file is empty</a>");
    var csv = uploadScenario(upload(null, null), "export.csv", "personRef,points\nP-1,12\n");
    assertThat(csv.body())
        .contains("<a href=\"#mapping\">Select the column-mapping file for the CSV file</a>");
    var notLines = uploadScenario(upload(null, null), "caseload.jsonl", "personRef,points\n");
    assertThat(notLines.body())
        .contains(
            "<a href=\"#file\">The selected file must be a caseload saved from OpenRAS (one person"
                + " a line), or your council&#39;s CSV export uploaded with its column-mapping file")
        .doesNotContain("JSON Lines");
    var kept =
        web.postMultipart(
            NEW,
            SCENARIOS,
            Map.of("source", "kept", "caseloadId", "f".repeat(64)),
            "",
            new byte[0]);
    assertThat(kept.body()).contains("<a href=\"#caseloadId\">No caseload has this id");
  }

  @Test
  void aGoodFileWithABadFieldIsKeptSoItNeedNotBeSentAgain() throws Exception {
    String line =
        "{\"request\": " + Seeds.first().strip() + ", \"actualWeeklyCost\": \"100.00\"}\n";
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
    Map<String, String> fields = upload("candidateDate.day", "30");
    fields.put("candidateDate.month", "2");
    fields.put("candidateDate.year", "2025");
    var page = uploadScenario(fields, "one.jsonl", line);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<a href=\"#candidateDate\">Candidate date must be a real date")
        .containsPattern("Your file “one.jsonl” was kept \\([\\d,]+ lines?\\): it is chosen below")
        .contains("value=\"" + sha + "\"")
        .containsPattern("id=\"source-kept\"[^>]*checked");
  }

  @Test
  void theRequestsOwnChecksAreNamedOnTheirFields() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("source", "generate");
    fields.put("people", "2000000");
    fields.put("candidateDate.day", "2");
    fields.put("candidateDate.month", "6");
    fields.put("candidateDate.year", "2025");
    fields.put("candidatePins[ras]", "2024-04-01");
    fields.put("baselineOverrides", "ras:pricePerPoint*1.03\nnot an override");
    fields.put("lossThreshold", "ten pounds");
    var page = web.postMultipart(NEW, SCENARIOS, fields, "", new byte[0]);
    assertThat(page.body())
        .contains("<a href=\"#people\">Enter the number of people as a whole number from 1 to")
        .contains(
            "<a href=\"#candidatePins-ras\">Candidate version 2024-04-01 of the personal budget"
                + " rules is in force from 1 April 2024 to 31 March 2025, not on 2 June 2025")
        .contains("<a href=\"#lossThreshold\">Enter the weekly loss in pounds and pence");
    fields.put("people", "10");
    fields.remove("candidatePins[ras]");
    fields.remove("lossThreshold");
    var api = web.postMultipart(NEW, SCENARIOS, fields, "", new byte[0]);
    assertThat(api.body())
        .contains("<a href=\"#baselineOverrides\">Baseline parameter override on line 2:");
  }

  @Test
  void aCalibrationsBadFieldsAreNamed() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("source", "generate");
    fields.put("people", "50");
    fields.put("method", "ols");
    fields.put("budget", "25000");
    var page =
        web.postMultipart("/web/finance/calibrations/new", CALIBRATIONS, fields, "", new byte[0]);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<a href=\"#budget\">The budget and the contingency belong to the ratio method");
    fields.put("method", "ratio");
    fields.put("budget", "lots");
    fields.put("draftVersion", "next April");
    var bad =
        web.postMultipart("/web/finance/calibrations/new", CALIBRATIONS, fields, "", new byte[0]);
    assertThat(bad.body())
        .contains("<a href=\"#budget\">Enter the weekly budget in pounds")
        .contains("<a href=\"#draftVersion\">The draft version must be its first day");
  }

  @Test
  void anUnknownJobIsGovukPageNotFoundNotATrace() throws Exception {
    String unknown = UUID.randomUUID().toString();
    for (String path :
        new String[] {
          SCENARIOS + "/" + unknown,
          SCENARIOS + "/not-an-id",
          SCENARIOS + "/" + unknown + "/report",
          SCENARIOS + "/" + unknown + "/download/csv",
          SCENARIOS + "/" + unknown + "/download/secret",
          CALIBRATIONS + "/" + unknown,
          CALIBRATIONS + "/not-an-id/download/residuals"
        }) {
      var page = web.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(404);
      assertThat(page.headers().firstValue("Content-Type").orElseThrow())
          .as(path)
          .startsWith("text/html");
      assertThat(page.body())
          .as(path)
          .contains("govuk-template__body")
          .contains("<h1 class=\"govuk-heading-l\">Page not found</h1>")
          .doesNotContain("Exception")
          .doesNotContain("at org.");
    }
  }

  @Test
  void onlyFinanceOfficersOpenTheFinancePages() throws Exception {
    assertThat(web.get("/web").body()).contains("Run a scenario on a caseload");
    assertThat(web.get(NEW).statusCode()).isEqualTo(200);
    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    assertThat(assessor.get("/web").body()).doesNotContain("Run a scenario");
    for (String path :
        new String[] {NEW, "/web/finance/calibrations/new", SCENARIOS + "/" + UUID.randomUUID()}) {
      assertThat(assessor.get(path).statusCode()).as(path).isEqualTo(403);
    }
    var signedOut = new WebSession(port).get(NEW);
    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/web/sign-in");
  }

  @Test
  void aRunningScenariosPageRefreshesItselfUntilToldNotToAndCanBeCancelled() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("source", "generate");
    fields.put("people", "50000");
    fields.put("seed", "11");
    fields.put("refresh", "yes");
    var started = web.postMultipart(NEW, SCENARIOS, fields, "", new byte[0]);
    assertThat(started.statusCode()).isEqualTo(302);
    String progress = started.headers().firstValue("Location").orElseThrow();
    assertThat(progress).matches(".*/web/finance/scenarios/[0-9a-f-]{36}$");

    String running = web.get(progress).body();
    assertThat(running)
        .contains("<meta http-equiv=\"refresh\" content=\"2\">")
        .containsPattern("<progress id=\"progress\" max=\"100\" value=\"\\d+\"")
        .contains("Stop refreshing this page");
    String still = web.get(progress + "?refresh=off").body();
    assertThat(still).doesNotContain("http-equiv=\"refresh\"").contains("Check progress again");

    var cancelled = web.post(progress, progress + "/cancel", Map.of());
    assertThat(cancelled.statusCode()).isEqualTo(302);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    String page = web.get(progress).body();
    while (!page.contains("The scenario was cancelled") && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      page = web.get(progress).body();
    }
    assertThat(page).contains("The scenario was cancelled").doesNotContain("http-equiv");
    assertThat(web.get(progress + "/report").headers().firstValue("Location").orElseThrow())
        .endsWith(progress.substring(progress.indexOf("/web/")) + "?refresh=off");
  }
}
