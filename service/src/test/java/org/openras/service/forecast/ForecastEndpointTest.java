package org.openras.service.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Multipart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The example history and young people (seeds/forecasts/) through the API: started as a job, read
 * as JSON and CSV, deleted; the Idempotency-Key answers a repeat with the first job; and each
 * refusal a problem naming its field, line or column.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForecastEndpointTest {
  static final Path FORECASTS = Path.of("..", "seeds", "forecasts");
  static final String REQUEST =
      "{\"title\": \"Five years from 2027\", \"firstYear\": 2027, \"years\": 5,"
          + " \"confidence\": \"0.95\", \"populationGrowth\": {\"2027\": \"1.01\"},"
          + " \"inflation\": {\"2028\": \"1.03\"},"
          + " \"realignment\": {\"from\": \"LEARNING_DISABILITY\", \"to\": \"MENTAL_HEALTH\","
          + " \"percent\": \"5\"}}";

  @LocalServerPort int port;

  static Multipart example(String request) throws IOException {
    return new Multipart()
        .file(
            "history",
            "synthetic-history.csv",
            Files.readAllBytes(FORECASTS.resolve("synthetic-history.csv")))
        .file(
            "transitions",
            "synthetic-transitions.jsonl",
            Files.readAllBytes(FORECASTS.resolve("synthetic-transitions.jsonl")))
        .field("request", request);
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.mapper().readTree(r.body());
  }

  /** Follows a job until it finishes; its last state. */
  static JsonNode finished(Http who, String id) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      HttpResponse<String> r = who.get("/api/v1/forecasts/" + id);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode job = json(r);
      String state = job.get("state").asString();
      if (state.equals("DONE") || state.equals("FAILED")) {
        return job;
      }
      assertThat(Instant.now()).as("the forecast finishes").isBefore(until);
      Thread.sleep(250);
    }
  }

  @Test
  void theExampleIsForecastReadAndDeleted() throws Exception {
    Http finance = new Http(port, "finance");
    HttpResponse<String> started = finance.postMultipart("/api/v1/forecasts", example(REQUEST));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = json(started).get("id").asString();
    assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/forecasts/" + id);
    assertThat(json(started).get("steps").asInt()).isEqualTo(ForecastJobs.STEPS);

    JsonNode job = finished(finance, id);
    assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
    assertThat(job.get("percent").asInt()).isEqualTo(100);
    assertThat(job.get("title").asString()).isEqualTo("Five years from 2027");

    HttpResponse<String> listed = finance.get("/api/v1/forecasts");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains(id);

    HttpResponse<String> r = finance.get("/api/v1/forecasts/" + id + "/report");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode report = json(r);
    assertThat(report.get("spec").get("firstYear").asInt()).isEqualTo(2027);
    // Members without a value (no comparison asked) are left out, never null (docs/adr/0023).
    assertThat(report.has("comparison")).isFalse();
    assertThat(r.body()).doesNotContain("null");
    assertThat(report.get("groups")).hasSize(3);
    for (JsonNode g : report.get("groups")) {
      assertThat(g.get("backtests")).isNotEmpty();
      assertThat(g.get("years")).hasSize(5);
      // history then forecast months, the forecast with its interval, for the fan chart
      assertThat(g.get("months").get(0).get("actual").isNumber()).isTrue();
    }
    assertThat(report.get("costs")).hasSize(15);
    assertThat(report.get("totalByYear").get("2027").asString()).matches("\\d+\\.\\d{2}");
    assertThat(
            report.get("transitions").get("costed").size()
                + report.get("transitions").get("notCosted").size())
        .isEqualTo(4);
    assertThat(report.get("realignmentEffects")).hasSize(5);

    HttpResponse<String> csv = finance.get("/api/v1/forecasts/" + id + "/report?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst().orElse("")).startsWith("year,group,trend,");
    assertThat(csv.body().lines().count()).isEqualTo(16);
    assertThat(csv.body()).contains("2027/28,LEARNING_DISABILITY,");
    HttpResponse<String> negotiated =
        finance.send(
            HttpRequest.newBuilder().header("Accept", "text/csv").GET(),
            "/api/v1/forecasts/" + id + "/report");
    assertThat(negotiated.statusCode()).isEqualTo(200);
    assertThat(negotiated.body()).isEqualTo(csv.body());

    HttpResponse<String> badFormat = finance.get("/api/v1/forecasts/" + id + "/report?format=pdf");
    assertThat(badFormat.statusCode()).isEqualTo(400);
    assertThat(badFormat.body()).contains("\"format\"");

    HttpResponse<String> gone =
        finance.send(HttpRequest.newBuilder().DELETE(), "/api/v1/forecasts/" + id);
    assertThat(gone.statusCode()).isEqualTo(204);
    assertThat(finance.get("/api/v1/forecasts/" + id).statusCode()).isEqualTo(404);
    assertThat(finance.get("/api/v1/forecasts/" + id + "/report").statusCode()).isEqualTo(404);
    assertThat(
            finance.send(HttpRequest.newBuilder().DELETE(), "/api/v1/forecasts/" + id).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aRepeatWithTheSameIdempotencyKeyStartsNoSecondJob() throws Exception {
    Http finance = new Http(port, "finance");
    Multipart body = example("{\"firstYear\": 2027, \"years\": 2}");
    String key = "forecast-" + java.util.UUID.randomUUID();
    HttpResponse<String> first = post(finance, body, key);
    HttpResponse<String> again = post(finance, body, key);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(again.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    String id = json(first).get("id").asString();
    assertThat(finished(finance, id).get("state").asString()).isEqualTo("DONE");
  }

  private static HttpResponse<String> post(Http who, Multipart body, String key) {
    return who.send(
        HttpRequest.newBuilder()
            .header("Idempotency-Key", key)
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())),
        "/api/v1/forecasts");
  }

  @Test
  void refusalsNameTheirFieldLineAndColumn() throws Exception {
    Http finance = new Http(port, "finance");
    HttpResponse<String> noHistory =
        finance.postMultipart(
            "/api/v1/forecasts", new Multipart().field("request", "{\"firstYear\": 2027}"));
    assertThat(noHistory.statusCode()).isEqualTo(400);
    assertThat(noHistory.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(noHistory.body()).contains("\"history\"");

    HttpResponse<String> fields =
        finance.postMultipart(
            "/api/v1/forecasts",
            example(
                "{\"years\": 11, \"confidence\": \"1.5\", \"populationGrowth\": {\"2027\":"
                    + " \"-1\"}, \"inflation\": {\"2027\": \"lots\"}, \"columns\":"
                    + " {\"costBasis\": \"DAILY\"}, \"realignment\": {\"from\": \"NOBODY\","
                    + " \"to\": \"MENTAL_HEALTH\"}}"));
    assertThat(fields.statusCode()).isEqualTo(400);
    assertThat(fields.body())
        .contains("\"firstYear\"")
        .contains("\"years\"")
        .contains("\"confidence\"")
        .contains("\"columns.costBasis\"")
        .contains("\"realignment.from\"")
        .contains("\"realignment.amount\"");
    HttpResponse<String> factors =
        finance.postMultipart(
            "/api/v1/forecasts",
            example(
                "{\"firstYear\": 2027, \"years\": 2, \"populationGrowth\": {\"2027\": \"-1\","
                    + " \"2035\": \"1.02\"}, \"inflation\": {\"2028\": \"lots\"}}"));
    assertThat(factors.statusCode()).isEqualTo(400);
    assertThat(factors.body())
        .contains("\"populationGrowth.2027\"")
        .contains("\"populationGrowth.2035\"")
        .contains("is for a year outside the forecast (2027 to 2028)")
        .contains("\"inflation.2028\"");

    HttpResponse<String> notJson =
        finance.postMultipart("/api/v1/forecasts", example("{\"firstYear\": \"soon\"}"));
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("\"request.firstYear\"");

    HttpResponse<String> tooEarly =
        finance.postMultipart("/api/v1/forecasts", example("{\"firstYear\": 2026}"));
    assertThat(tooEarly.statusCode()).isEqualTo(400);
    assertThat(tooEarly.body())
        .contains("\"firstYear\"")
        .contains("must start after the history's last month (2026-11)");

    HttpResponse<String> badRows =
        finance.postMultipart(
            "/api/v1/forecasts",
            new Multipart()
                .file(
                    "history",
                    "h.csv",
                    ("month,group,people,net_cost\n2025-04,LEARNING_DISABILITY,ten,100.00\n"
                            + "2025-13,MENTAL_HEALTH,3,10.00\n")
                        .getBytes())
                .file("transitions", "t.jsonl", "{\"personRef\": \"YP-9\"}\nnot json\n".getBytes())
                .field("request", "{\"firstYear\": 2027}"));
    assertThat(badRows.statusCode()).isEqualTo(422);
    JsonNode problem = json(badRows);
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:openras:problem:forecast-input-not-read");
    assertThat(badRows.body())
        .contains("history line 2, column people")
        .contains("history line 3, column month")
        .contains("transitions line 1")
        .contains("transitions line 2");

    HttpResponse<String> tooShort =
        finance.postMultipart(
            "/api/v1/forecasts",
            new Multipart()
                .file(
                    "history",
                    "h.csv",
                    "month,group,people,net_cost\n2025-04,LEARNING_DISABILITY,10,100.00\n"
                        .getBytes())
                .field("request", "{\"firstYear\": 2027}"));
    assertThat(tooShort.statusCode()).isEqualTo(422);
    assertThat(tooShort.body()).contains("\"history\"").contains("months of history");

    HttpResponse<String> noCaseload =
        finance.postMultipart(
            "/api/v1/forecasts",
            example("{\"firstYear\": 2027, \"referenceCaseload\": \"" + "a".repeat(64) + "\"}"));
    assertThat(noCaseload.statusCode()).isEqualTo(404);
    assertThat(noCaseload.body()).contains("caseload-not-found");

    assertThat(finance.get("/api/v1/forecasts/not-an-id").statusCode()).isEqualTo(404);
    assertThat(
            finance
                .get("/api/v1/forecasts/" + java.util.UUID.randomUUID() + "/report")
                .statusCode())
        .isEqualTo(404);
    assertThat(Http.anonymous(port).get("/api/v1/forecasts").statusCode()).isEqualTo(401);
    assertThat(new Http(port, "assessor").get("/api/v1/forecasts").statusCode()).isEqualTo(403);
  }

  @Autowired JdbcTemplate jdbc;

  @Test
  void aReportIsRefusedUntilTheJobIsDone() {
    // A job an instance is running (written as the runner writes it) has no report yet: 409.
    String id = java.util.UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO forecast_job (id, title, request_json, history, started_by, state, step,"
            + " steps, submitted, expires_at) VALUES (?, '', ?, 'month', 'finance', 'RUNNING', 2,"
            + " 5, ?, ?)",
        id,
        "{\"firstYear\": 2027, \"years\": 5, \"confidence\": 0.95}",
        java.sql.Timestamp.from(Instant.now()),
        java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
    Http finance = new Http(port, "finance");
    HttpResponse<String> status = finance.get("/api/v1/forecasts/" + id);
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(json(status).get("percent").asInt()).isEqualTo(20);
    HttpResponse<String> r = finance.get("/api/v1/forecasts/" + id + "/report");
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).contains("report-not-ready");
    jdbc.update("DELETE FROM forecast_job WHERE id = ?", id);
  }

  @Test
  void aReferenceCaseloadPricesEachYearByTheRulesInForce() throws Exception {
    Http finance = new Http(port, "finance");
    String lines =
        Files.readAllLines(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl")).stream()
                .limit(60)
                .collect(java.util.stream.Collectors.joining("\n"))
            + "\n";
    HttpResponse<String> kept = finance.post("/api/v1/caseloads", lines, "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    String caseload = json(kept).get("id").asString();
    HttpResponse<String> started =
        finance.postMultipart(
            "/api/v1/forecasts",
            example(
                "{\"firstYear\": 2027, \"years\": 2, \"referenceCaseload\": \""
                    + caseload
                    + "\", \"pricedOn\": \"2026-11-01\"}"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = json(started).get("id").asString();
    JsonNode job = finished(finance, id);
    assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
    JsonNode pricing = json(finance.get("/api/v1/forecasts/" + id + "/report")).get("pricing");
    assertThat(pricing.get("base").asString()).isEqualTo("2026-11-01");
    assertThat(pricing.get("people").size()).isPositive();
  }

  @Autowired org.openras.engine.OpenRasEngine engine;

  static String keep(Http finance, int count) throws IOException {
    String lines =
        Files.readAllLines(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl")).stream()
                .limit(count)
                .collect(java.util.stream.Collectors.joining("\n"))
            + "\n";
    HttpResponse<String> kept = finance.post("/api/v1/caseloads", lines, "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    return json(kept).get("id").asString();
  }

  @Test
  void aCandidateWithThreePercentMorePerPointCostsMoreByWhatTheEngineFinds() throws Exception {
    Http finance = new Http(port, "finance");
    String caseload = keep(finance, 60);
    HttpResponse<String> started =
        finance.postMultipart(
            "/api/v1/forecasts",
            example(
                "{\"firstYear\": 2027, \"years\": 2, \"referenceCaseload\": \""
                    + caseload
                    + "\", \"pricedOn\": \"2026-11-01\", \"candidate\": {\"label\": \"3% more"
                    + " per point\", \"overrides\": [\"ras:pricePerPoint*1.03\"]}, \"envelope\":"
                    + " {\"targets\": {\"2027\": \"1000.00\", \"2028\": \"999999999.00\"},"
                    + " \"contingency\": \"0.05\"}}"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = json(started).get("id").asString();
    JsonNode job = finished(finance, id);
    assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
    JsonNode report = json(finance.get("/api/v1/forecasts/" + id + "/report"));
    JsonNode comparison = report.get("comparison");
    assertThat(comparison.get("candidate").get("label").asString()).isEqualTo("3% more per point");

    // The engine's own comparison for the same inputs, on the served versions.
    org.openras.engine.forecast.ForecastSpec spec =
        new org.openras.engine.forecast.ForecastSpec(
            2027, 2, 0.95, java.util.Map.of(), java.util.Map.of());
    java.util.List<org.openras.engine.forecast.HistoryPoint> history;
    try (java.io.Reader in = Files.newBufferedReader(FORECASTS.resolve("synthetic-history.csv"))) {
      history =
          org.openras.seeds.importer.HistoryImporter.read(
                  in,
                  new org.openras.seeds.importer.HistoryImporter.Mapping(
                      "month",
                      "group",
                      "people",
                      "net_cost",
                      org.openras.engine.forecast.CostBasis.WEEKLY))
              .points();
    }
    java.util.List<org.openras.engine.forecast.YoungPerson> cohort = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(FORECASTS.resolve("synthetic-transitions.jsonl"))) {
      if (!line.isBlank()) {
        cohort.add(Json.mapper().readValue(line, org.openras.engine.forecast.YoungPerson.class));
      }
    }
    java.util.List<org.openras.engine.request.CalculationRequest> people =
        Files.readAllLines(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl")).stream()
            .limit(60)
            .map(l -> org.openras.engine.caseload.CaseloadLines.parse(l).request())
            .toList();
    java.time.LocalDate base = java.time.LocalDate.of(2026, 11, 1);
    org.openras.engine.OpenRasEngine served = engine.snapshot();
    org.openras.engine.forecast.ForecastReport expected =
        org.openras.engine.forecast.ForecastReport.run(
            history,
            spec,
            org.openras.engine.forecast.PolicyCosting.of(
                org.openras.engine.forecast.PolicyChoice.asInForce("baseline", "served"),
                served,
                served,
                people,
                base,
                cohort,
                spec),
            org.openras.engine.forecast.PolicyCosting.of(
                new org.openras.engine.forecast.PolicyChoice(
                    "candidate",
                    "served",
                    java.util.Map.of(),
                    java.util.List.of("ras:pricePerPoint*1.03")),
                served,
                served,
                people,
                base,
                cohort,
                spec),
            null,
            null);
    java.util.List<org.openras.engine.forecast.PolicyComparison.Total> totals =
        expected.comparison().totals();
    assertThat(comparison.get("totals").size()).isEqualTo(totals.size()).isEqualTo(2);
    for (int i = 0; i < totals.size(); i++) {
      JsonNode t = comparison.get("totals").get(i);
      assertThat(t.get("year").asInt()).isEqualTo(totals.get(i).year());
      assertThat(t.get("difference").asString()).isEqualTo(totals.get(i).difference().toString());
      assertThat(t.get("baselineNet").asString()).isEqualTo(totals.get(i).baselineNet().toString());
      assertThat(totals.get(i).difference().isGreaterThan(org.openras.engine.money.Money.ZERO))
          .as("3% more per point costs more")
          .isTrue();
    }
    assertThat(comparison.get("rows").size()).isEqualTo(expected.comparison().rows().size());

    // The envelope per year: a target far below the forecast cannot be reached in 2027.
    JsonNode envelopes = report.get("envelopes");
    assertThat(envelopes.size()).isEqualTo(2);
    assertThat(envelopes.get(0).get("year").asInt()).isEqualTo(2027);
    assertThat(envelopes.get(0).get("targetToMeet").asString()).isEqualTo("950.00");
    assertThat(envelopes.get(0).get("status").asString())
        .isIn("TARGET_BELOW_RANGE", "LEVER_NOT_IN_FORCE");

    HttpResponse<String> csv =
        finance.get("/api/v1/forecasts/" + id + "/report?format=csv&part=comparison");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("year,group,baseline,candidate,")
        .contains("2027/28")
        .contains("3% more per point");
    HttpResponse<String> env = finance.get("/api/v1/forecasts/" + id + "/report?part=envelopes");
    assertThat(env.statusCode()).isEqualTo(200);
    assertThat(env.body()).startsWith("year,target,contingency,").contains(",1000.00,0.05,950.00,");
    assertThat(env.body().lines().count()).isEqualTo(3);
    HttpResponse<String> badPart = finance.get("/api/v1/forecasts/" + id + "/report?part=all");
    assertThat(badPart.statusCode()).isEqualTo(400);
    assertThat(badPart.body()).contains("\"part\"");
  }

  @Test
  void eachBadPolicyChoiceOrEnvelopeIsNamed() throws Exception {
    Http finance = new Http(port, "finance");
    HttpResponse<String> bad =
        finance.postMultipart(
            "/api/v1/forecasts",
            example(
                "{\"firstYear\": 2027, \"years\": 2, \"referenceCaseload\": \""
                    + "a".repeat(64)
                    + "\", \"candidate\": {\"overrides\": [\"ras:pricePerPoint*1.03\","
                    + " \"not an override\"], \"pins\": {\"ras\": \"\"}}, \"baseline\":"
                    + " {\"overrides\": [null]}, \"envelope\": {\"targets\": {\"2027\":"
                    + " \"lots\", \"2035\": \"10.00\", \"soon\": \"1.00\"}, \"contingency\":"
                    + " \"a bit\"}}"));
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body())
        .contains("\"candidate.overrides[1]\"")
        .doesNotContain("\"candidate.overrides[0]\"")
        .contains("\"candidate.pins.ras\"")
        .contains("\"baseline.overrides[0]\"")
        .contains("\"envelope.targets.2027\"")
        .contains("\"envelope.targets.2035\"")
        .contains("\"envelope.targets.soon\"")
        .contains("\"envelope.contingency\"");

    HttpResponse<String> range =
        finance.postMultipart(
            "/api/v1/forecasts",
            example(
                "{\"firstYear\": 2027, \"referenceCaseload\": \""
                    + "a".repeat(64)
                    + "\", \"envelope\": {\"targets\": {\"2027\": \"10.00\"}, \"lowest\":"
                    + " \"1.5\", \"highest\": \"1.2\"}}"));
    assertThat(range.statusCode()).as(range.body()).isEqualTo(400);
    assertThat(range.body()).contains("\"envelope.lowest\"");

    HttpResponse<String> pins =
        finance.postMultipart(
            "/api/v1/forecasts",
            example(
                "{\"firstYear\": 2027, \"candidate\": {\"pins\": {\"ras\": \"1999-04-01\","
                    + " \"nowhere\": \"2025-04-01\"}}}"));
    assertThat(pins.statusCode()).as(pins.body()).isEqualTo(400);
    assertThat(pins.body())
        .contains("\"candidate.pins.ras\"")
        .contains("serves no version '1999-04-01' of ras")
        .contains("\"candidate.pins.nowhere\"");

    HttpResponse<String> nobody =
        finance.postMultipart(
            "/api/v1/forecasts",
            new Multipart()
                .file(
                    "history",
                    "synthetic-history.csv",
                    Files.readAllBytes(FORECASTS.resolve("synthetic-history.csv")))
                .field(
                    "request",
                    "{\"firstYear\": 2027, \"candidate\": {\"overrides\":"
                        + " [\"ras:pricePerPoint*1.03\"]}, \"envelope\": {\"targets\":"
                        + " {\"2027\": \"10.00\"}}}"));
    assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(400);
    assertThat(nobody.body())
        .contains("\"candidate\"")
        .contains("needs a reference caseload or young people")
        .contains("\"envelope\"");
  }
}
