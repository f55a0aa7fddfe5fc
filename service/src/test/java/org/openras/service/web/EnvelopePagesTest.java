package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openras.engine.envelope.EnvelopeReport;
import org.openras.engine.json.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The budget envelope on the finance pages: its form names every bad field, a run follows the
 * scenario progress page, and its report gives the factor found (or why none could be), the
 * envelope's figures and downloads, and who wins and loses at that factor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnvelopePagesTest {
  static final String NEW = "/web/finance/envelopes/new";
  static final String ENVELOPES = "/web/finance/envelopes";
  static final Pattern JOB = Pattern.compile("/web/finance/scenarios/([0-9a-f-]{36})");

  @LocalServerPort int port;
  WebSession web;

  @BeforeEach
  void signedInAsFinance() throws Exception {
    web = new WebSession(port);
    web.signIn("finance");
  }

  private static Map<String, String> generated(String target) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("source", "generate");
    fields.put("people", "1500");
    fields.put("seed", "7");
    fields.put("financialYear", "2025");
    fields.put("targetAnnual", target);
    return fields;
  }

  private HttpResponse<String> start(Map<String, String> fields) throws Exception {
    return web.postMultipart(NEW, ENVELOPES, fields, "", new byte[0]);
  }

  /** Starts an envelope, waits for its job and answers its id. */
  private String solved(Map<String, String> fields) throws Exception {
    var started = start(fields);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
    Matcher m = JOB.matcher(started.headers().firstValue("Location").orElseThrow());
    assertThat(m.find()).isTrue();
    String id = m.group(1);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    String page = web.get("/web/finance/scenarios/" + id).body();
    while (!page.contains("id=\"report-link\"") && Instant.now().isBefore(deadline)) {
      assertThat(page).doesNotContain("The scenario failed");
      Thread.sleep(200);
      page = web.get("/web/finance/scenarios/" + id).body();
    }
    assertThat(page)
        .contains("id=\"report-link\"")
        .contains("<title>Budget envelope progress")
        .contains("The budget envelope has finished: 1500 caseload lines read.");
    return id;
  }

  @Test
  void aFinanceOfficerFindsTheFactorThatMeetsABudgetAndSeesWhoLoses() throws Exception {
    assertThat(web.get("/web").body()).contains("href=\"/web/finance/envelopes/new\"");
    // A target no factor in the range can meet: the report says so, with each end's cost.
    String below = solved(generated("1.00"));
    String report = web.get("/web/finance/scenarios/" + below + "/report").body();
    assertThat(report)
        .contains("Budget envelope report")
        .contains("Budget below the range")
        .contains("id=\"finding\"")
        .contains("Lowest 0.8000: £")
        .doesNotContain("id=\"at-the-factor\"");
    EnvelopeReport first =
        Json.mapper()
            .readValue(
                web.get("/web/finance/scenarios/" + below + "/download/envelope").body(),
                EnvelopeReport.class);
    assertThat(first.status()).isEqualTo("TARGET_BELOW_RANGE");
    // No factor, so no comparison: its files are "page not found", never a fault.
    var none = web.get("/web/finance/scenarios/" + below + "/download/json");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("Page not found");

    // A target between the costs at the two ends: a factor meets it, and who loses is shown.
    BigDecimal middle =
        new BigDecimal(first.range().annualAtLowest())
            .add(new BigDecimal(first.range().annualAtHighest()))
            .divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
    Map<String, String> fields = generated(middle.toPlainString());
    fields.put("title", "Mid-range budget");
    fields.put("contingency", "0");
    String met = solved(fields);
    String page = web.get("/web/finance/scenarios/" + met + "/report").body();
    EnvelopeReport second =
        Json.mapper()
            .readValue(
                web.get("/web/finance/scenarios/" + met + "/download/envelope").body(),
                EnvelopeReport.class);
    assertThat(second.status()).isIn("MET", "NEAREST_ONLY");
    assertThat(page)
        .contains("<h1 class=\"govuk-heading-l\">Mid-range budget</h1>")
        .contains("<strong>" + second.choice().factor() + "</strong>")
        .contains("Who wins and loses at factor " + second.choice().factor())
        .contains("id=\"bands\"")
        .contains("<svg");
    assertThat(web.get("/web/finance/scenarios/" + met + "/download/json").statusCode())
        .isEqualTo(200);
    var html = web.get("/web/finance/scenarios/" + met + "/download/envelope-html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Disposition").orElseThrow())
        .endsWith("-envelope.html\"");
  }

  @Test
  void everyBadFieldIsNamed() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("source", "generate");
    fields.put("people", "100");
    fields.put("financialYear", "25/26");
    fields.put("targetAnnual", "five million");
    fields.put("contingency", "5%");
    fields.put("lowest", "0");
    fields.put("highest", "1.123456");
    fields.put("lossThreshold", "-");
    String page = start(fields).body();
    assertThat(page)
        .contains("<title>Error: Meet a budget envelope")
        .contains("<a href=\"#financialYear\">Enter the financial year as its first year")
        .contains("<a href=\"#targetAnnual\">Enter the annual budget in pounds and pence")
        .contains("<a href=\"#contingency\">Enter the contingency as a share")
        .contains("<a href=\"#lowest\">Lowest factor must be above 0")
        .contains("<a href=\"#highest\">Highest factor must have at most four decimal places")
        .contains("<a href=\"#lossThreshold\">Enter the weekly loss in pounds and pence");

    fields = generated("");
    fields.put("contingency", "1");
    fields.put("lowest", "1.10");
    fields.put("highest", "0.90");
    page = start(fields).body();
    assertThat(page)
        .contains("<a href=\"#targetAnnual\">Enter the annual budget in pounds")
        .contains("<a href=\"#contingency\">Enter the contingency as a share from 0 up to 1")
        .contains("<a href=\"#lowest\">The lowest factor must not be above the highest");

    fields = generated("-5.00");
    fields.put("highest", "11");
    page = start(fields).body();
    assertThat(page)
        .contains("<a href=\"#targetAnnual\">The annual budget must be £0 or more")
        .contains("<a href=\"#highest\">Highest factor must be at most 10");
  }

  @Test
  void onlyFinanceOfficersOpenIt() throws Exception {
    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    assertThat(assessor.get(NEW).statusCode()).isEqualTo(403);
  }
}
