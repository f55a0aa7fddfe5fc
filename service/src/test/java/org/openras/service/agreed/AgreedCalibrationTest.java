package org.openras.service.agreed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A calibration can take as its cohort the budgets agreed in a period (issue 23): it equals the
 * same calibration over the same cohort given as a file (each agreed budget's calculation request
 * as recorded, read over the API, with its agreed weekly budget as the actual cost), and it reports
 * the gap between the indicative and agreed figures by client group and by reason.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "openras.security.users[0].name=assessor",
      "openras.security.users"
          + "[0].password=$2a$04$V5tf75ngr8nABuHOqQuzqOzYzmuW7YFfNqQ7Gm4Xu00xR0TW/HHoa",
      "openras.security.users[0].roles=ASSESSOR",
      "openras.security.users[1].name=finance",
      "openras.security.users"
          + "[1].password=$2a$04$lsZ2Pslrx.HJkY6fHGq3AORp6d34vl3m/uEX2Ye3owZSPHgAY/6pS",
      "openras.security.users[1].roles=FINANCE",
      "openras.security.users[2].name=policy",
      "openras.security.users"
          + "[2].password=$2a$04$jwB8lgFvwsXsWYdmo8X2OuUpV6oGA17TBtrwzmb9qlgZF2b6UZ3FK",
      "openras.security.users[2].roles=POLICY",
      "openras.security.users[3].name=auditor",
      "openras.security.users"
          + "[3].password=$2a$04$78HA2OTQC5yF55juMEatk.8vFtyaV58eJ3.Xa9r7rT1OykL8cuX5S",
      "openras.security.users[3].roles=AUDITOR",
      "openras.security.users[4].name=panel",
      "openras.security.users"
          + "[4].password=$2a$04$wyBZH8lM4m3gdge8APT92.nO89WGbpBx1DFJr.u9drjZOpaOYn8yy",
      "openras.security.users[4].roles=PANEL",
      "openras.security.users[5].name=senior",
      "openras.security.users"
          + "[5].password=$2a$04$5PQKZGuQEqEDmw4zYKbx.OGd9LA0knZtnWWPGlOTQ.yfsC0mAmvpS",
      "openras.security.users[5].roles=ASSESSOR,PANEL"
    })
class AgreedCalibrationTest {
  @LocalServerPort int port;

  Http as(String user) {
    return new Http(port, user);
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.mapper().readTree(r.body());
  }

  /** Every seed person with a RAS figure, each agreed at a figure of their own. */
  void agreeBudgetsForTheSeedPeople() {
    String[] factors = {"1.00", "1.05", "0.95", "1.08", "0.92", "1.40", "1.02", "0.97", "1.30"};
    String[] reasons = {
      null,
      "PLAN_COSTS_MORE",
      "PLAN_COSTS_LESS",
      "EXCEPTIONAL_NEEDS",
      "PLAN_COSTS_LESS",
      "CARER_BREAKDOWN",
      "PLAN_COSTS_MORE",
      "PLAN_COSTS_LESS",
      "PANEL_DECISION"
    };
    int i = 0;
    for (Path seed : Seeds.people()) {
      ObjectNode request = (ObjectNode) Json.mapper().readTree(Seeds.read(seed));
      request.put("personRef", "CAL-" + i);
      HttpResponse<String> done =
          as("assessor").post(Http.CALCULATIONS, request.toString(), "application/json");
      JsonNode calc = json(done);
      if (done.statusCode() != 200
          || !calc.path("ras").path("weeklyBudget").isString()
          || calc.path("ras").path("totalPoints").asInt() == 0) {
        continue;
      }
      String indicative = AgreedBudgetEndpointTest.indicative(calc);
      int k = i % factors.length;
      String agreed =
          new BigDecimal(indicative)
              .multiply(new BigDecimal(factors[k]))
              .setScale(2, java.math.RoundingMode.HALF_UP)
              .toPlainString();
      String reason = agreed.equals(indicative) ? "" : ", \"reasonCode\": \"" + reasons[k] + "\"";
      HttpResponse<String> proposed =
          as("assessor")
              .post(
                  "/api/v1/calculations/"
                      + calc.get("calculationId").asString()
                      + "/agreed-budgets",
                  "{\"agreedWeeklyBudget\": \""
                      + agreed
                      + "\", \"supportPlanWeeklyCost\": \""
                      + agreed
                      + "\""
                      + reason
                      + "}",
                  "application/json");
      assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
      JsonNode b = json(proposed);
      if (b.get("status").asString().equals("AWAITING_PANEL")) {
        HttpResponse<String> approved =
            as("panel")
                .post(
                    "/api/v1/agreed-budgets/" + b.get("id").asString() + "/approval",
                    "{\"reasons\": \"Agreed at panel\"}",
                    "application/json");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
      }
      i++;
    }
    assertThat(i).as("seed people with a RAS figure").isGreaterThanOrEqualTo(4);
  }

  @Test
  void aCalibrationOverRecordedAgreedBudgetsEqualsTheSameCohortGivenAsAFile() {
    agreeBudgetsForTheSeedPeople();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    HttpResponse<String> fromRecords =
        as("finance")
            .post(
                "/api/v1/calibrations",
                "{\"agreedFrom\": \""
                    + today
                    + "\", \"agreedTo\": \""
                    + today
                    + "\", \"method\": \"ratio\"}",
                "application/json");
    assertThat(fromRecords.statusCode()).as(fromRecords.body()).isEqualTo(201);
    JsonNode a = json(fromRecords);

    // The same cohort as a file: every budget agreed today, oldest agreement first, each with its
    // calculation's recorded request read over the API.
    List<JsonNode> agreed = new ArrayList<>();
    json(as("auditor").get("/api/v1/agreed-budgets?status=AGREED")).forEach(agreed::add);
    agreed.removeIf(b -> !b.get("decidedAt").asString().startsWith(today));
    agreed.sort(Comparator.comparing((JsonNode b) -> b.get("decidedAt").asString()));
    StringBuilder file = new StringBuilder();
    Map<String, BigDecimal[]> byReason = new HashMap<>();
    for (JsonNode b : agreed) {
      JsonNode record =
          json(as("auditor").get("/api/v1/calculations/" + b.get("calculationId").asString()));
      file.append("{\"request\": ")
          .append(record.get("request").toString())
          .append(", \"actualWeeklyCost\": \"")
          .append(b.get("agreedWeeklyBudget").asString())
          .append("\"}\n");
      String reason = b.hasNonNull("reasonCode") ? b.get("reasonCode").asString() : "NONE";
      BigDecimal[] sums =
          byReason.computeIfAbsent(
              reason, r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(new BigDecimal(b.get("indicativeWeeklyBudget").asString()));
      sums[1] = sums[1].add(new BigDecimal(b.get("agreedWeeklyBudget").asString()));
    }
    HttpResponse<String> kept =
        as("finance").post("/api/v1/caseloads", file.toString(), "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    HttpResponse<String> fromFile =
        as("finance")
            .post(
                "/api/v1/calibrations",
                "{\"cohortId\": \""
                    + json(kept).get("id").asString()
                    + "\", \"method\": \"ratio\"}",
                "application/json");
    assertThat(fromFile.statusCode()).as(fromFile.body()).isEqualTo(201);
    JsonNode b = json(fromFile);

    assertThat(a.get("peopleFitted").asInt()).isEqualTo(agreed.size());
    for (String field :
        List.of("pricePerPoint", "rSquared", "within10", "within20", "peopleFitted", "setAside")) {
      assertThat(a.get(field)).as(field).isEqualTo(b.get(field));
    }
    ObjectNode reportA =
        (ObjectNode) json(as("finance").get("/api/v1/calibrations/" + a.get("id").asString()));
    ObjectNode reportB =
        (ObjectNode) json(as("finance").get("/api/v1/calibrations/" + b.get("id").asString()));
    reportA.remove("cohortSha256");
    reportB.remove("cohortSha256");
    assertThat(reportA).isEqualTo(reportB);

    // The gap by reason, as the test sums it from the agreed budgets.
    List<JsonNode> gap = new ArrayList<>();
    a.get("agreedGap").forEach(gap::add);
    assertThat(gap).anyMatch(g -> g.get("by").asString().equals("clientGroup"));
    byReason.forEach(
        (reason, sums) -> {
          JsonNode row =
              gap.stream()
                  .filter(
                      g ->
                          g.get("by").asString().equals("reason")
                              && g.get("key").asString().equals(reason))
                  .findFirst()
                  .orElseThrow();
          assertThat(row.get("indicativeTotal").asString()).isEqualTo(sums[0].toPlainString());
          assertThat(row.get("agreedTotal").asString()).isEqualTo(sums[1].toPlainString());
        });
    assertThat(
            as("finance")
                .get("/api/v1/calibrations/" + a.get("id").asString() + "/report?format=gap")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aPeriodWithNoAgreedBudgetIsRefusedNamingTheField() {
    HttpResponse<String> none =
        as("finance")
            .post(
                "/api/v1/calibrations",
                "{\"agreedFrom\": \"1999-01-01\", \"agreedTo\": \"1999-12-31\", \"method\":"
                    + " \"ratio\"}",
                "application/json");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("\"field\":\"agreedFrom\"");
    HttpResponse<String> half =
        as("finance")
            .post(
                "/api/v1/calibrations",
                "{\"agreedFrom\": \"2026-01-01\", \"method\": \"ratio\"}",
                "application/json");
    assertThat(half.body()).contains("\"field\":\"agreedTo\"");
  }
}
