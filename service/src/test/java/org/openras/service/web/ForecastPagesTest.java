package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openras.service.Multipart;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The forecast pages over HTTP: a finance officer starts a forecast from the example history and
 * young people, follows it to its report (fan charts with tables, backtests, money with separators,
 * young people by month of arrival in words, the re-alignment, the assumptions) and downloads it; a
 * bad field is answered on the page, naming it; an assessor is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForecastPagesTest {
  static final Path FORECASTS = Path.of("..", "seeds", "forecasts");
  static final Pattern FORECAST = Pattern.compile("/web/forecasts/([0-9a-f-]{36})");

  @LocalServerPort int port;

  static Multipart form(String firstYear) throws Exception {
    return new Multipart()
        .field("title", "Budget setting 2027")
        .field("firstYear", firstYear)
        .field("years", "5")
        .field("confidence", "95")
        .field("growth", "1")
        .field("inflation", "")
        .field("costBasis", "WEEKLY")
        .field("from", "LEARNING_DISABILITY")
        .field("to", "MENTAL_HEALTH")
        .field("amount", "")
        .field("percent", "5")
        .file(
            "history",
            "synthetic-history.csv",
            Files.readAllBytes(FORECASTS.resolve("synthetic-history.csv")))
        .file(
            "transitions",
            "synthetic-transitions.jsonl",
            Files.readAllBytes(FORECASTS.resolve("synthetic-transitions.jsonl")));
  }

  @Test
  void aFinanceOfficerStartsAForecastAndReadsItsReport() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("finance");
    assertThat(web.get("/web").body()).contains("/web/forecasts");
    HttpResponse<String> started =
        web.postMultipart("/web/forecasts", "/web/forecasts", form("2027"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
    Matcher m = FORECAST.matcher(started.headers().firstValue("Location").orElseThrow());
    assertThat(m.find()).isTrue();
    String id = m.group(1);

    String html = "";
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(until)) {
      html = web.get("/web/forecasts/" + id).body();
      if (html.contains("id=\"money-table\"") || html.contains("id=\"failed\"")) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(html)
        .contains("id=\"money-table\"")
        .contains("Budget setting 2027")
        .contains("2027 to 2028")
        .contains("Learning disability support")
        .containsPattern("£\\d{1,3}(,\\d{3})+\\.\\d{2}")
        .contains("<svg")
        .contains("<polygon")
        .contains("months fell within its likely range")
        .contains("Moving 5% of its forecast net cost each year from Learning disability support")
        .contains("Population growth beyond the trend: 2027 to 2028 1% more, 2028 to 2029 1% more")
        .containsPattern("<th scope=\"row\" class=\"govuk-table__header\">[A-Z][a-z]+ \\d{4}</th>")
        .contains("What the forecast assumes");
    HttpResponse<String> csv = web.get("/web/forecasts/" + id + "/forecast.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("year,group,trend,");
    HttpResponse<String> json = web.get("/web/forecasts/" + id + "/forecast.json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"realignmentEffects\"");
    assertThat(web.get("/web/forecasts").body())
        .contains("Budget setting 2027")
        .contains("Finished");
  }

  @Test
  void aBadFieldIsNamedOnThePage() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("finance");
    HttpResponse<String> refused =
        web.postMultipart("/web/forecasts", "/web/forecasts", form("2026"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem")
        .contains("href=\"#firstYear\"")
        .contains("The first year must start after the history&#39;s last month (2026-11)");
    HttpResponse<String> notAYear =
        web.postMultipart("/web/forecasts", "/web/forecasts", form("soon"));
    assertThat(notAYear.body()).contains("The first year must be a whole number, like 2027");
    assertThat(web.get("/web/forecasts/" + java.util.UUID.randomUUID()).statusCode())
        .isEqualTo(404);
  }

  static String follow(WebSession web, String id) throws Exception {
    String html = "";
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(until)) {
      html = web.get("/web/forecasts/" + id).body();
      if (html.contains("id=\"money-table\"") || html.contains("id=\"failed\"")) {
        break;
      }
      Thread.sleep(250);
    }
    return html;
  }

  @Test
  void aSecondPolicyAndAYearlyBudgetAreComparedInWords() throws Exception {
    org.openras.service.Http api = new org.openras.service.Http(port, "finance");
    String lines =
        Files.readAllLines(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl")).stream()
                .limit(40)
                .collect(java.util.stream.Collectors.joining("\n"))
            + "\n";
    HttpResponse<String> kept = api.post("/api/v1/caseloads", lines, "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    String caseload =
        org.openras.engine.json.Json.mapper().readTree(kept.body()).get("id").asString();
    WebSession web = new WebSession(port);
    web.signIn("finance");
    String page = web.get("/web/forecasts").body();
    assertThat(page)
        .contains("Compare with a second policy (optional)")
        .contains("Change in the price per point")
        .contains("Personal budget rules in force from")
        .contains("Check a yearly budget (optional)");
    HttpResponse<String> started =
        web.postMultipart(
            "/web/forecasts",
            "/web/forecasts",
            form("2027")
                .field("caseload", caseload)
                .field("pricePercent", "3")
                .field("priceGroup", "")
                .field("candidateVersion", "")
                .field("envelopeAmount", "1,000")
                .field("envelopeChange", "2")
                .field("contingency", "5"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
    Matcher m = FORECAST.matcher(started.headers().firstValue("Location").orElseThrow());
    assertThat(m.find()).isTrue();
    String id = m.group(1);
    String html = follow(web, id);
    assertThat(html)
        .contains("id=\"comparison-table\"")
        .contains("+3% price per point")
        .containsPattern("£\\d{1,3}(,\\d{3})+\\.\\d{2} more")
        .contains("id=\"envelopes-table\"")
        .contains("£1,000.00")
        .contains("£950.00")
        .contains("£1,020.00")
        .containsPattern(
            "cannot be reached within the factors allowed|No in-year adjustment is in force in"
                + " this year")
        .containsPattern("The budget is \\d+(\\.\\d+)?% of the forecast");
    HttpResponse<String> comparison = web.get("/web/forecasts/" + id + "/forecast-comparison.csv");
    assertThat(comparison.statusCode()).isEqualTo(200);
    assertThat(comparison.body()).startsWith("year,group,baseline,candidate,");
    HttpResponse<String> envelopes = web.get("/web/forecasts/" + id + "/forecast-envelopes.csv");
    assertThat(envelopes.statusCode()).isEqualTo(200);
    assertThat(envelopes.body()).startsWith("year,target,").contains("2028/29,1020.00,0.05,");
  }

  @Test
  void aBadSecondPolicyOrBudgetIsNamedOnThePage() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("finance");
    HttpResponse<String> refused =
        web.postMultipart(
            "/web/forecasts",
            "/web/forecasts",
            form("2027").field("pricePercent", "lots").field("envelopeAmount", "a lot"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("href=\"#pricePercent\"")
        .contains("The change in price per point must be a number, like 2 or 2.5")
        .contains("href=\"#envelopeAmount\"")
        .contains("The budget for the first year must be pounds, like 42,000,000");
    HttpResponse<String> noCaseload =
        web.postMultipart(
            "/web/forecasts", "/web/forecasts", form("2027").field("envelopeAmount", "1000"));
    assertThat(noCaseload.body())
        .contains("href=\"#envelopeAmount\"")
        .contains("The budget needs a reference caseload");
  }

  @Test
  void anAssessorIsRefused() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("assessor");
    assertThat(web.get("/web/forecasts").statusCode()).isEqualTo(403);
  }
}
