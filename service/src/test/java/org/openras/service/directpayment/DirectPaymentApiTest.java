package org.openras.service.directpayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A finance officer imports a month's statements, sees the accounts with a surplus and the deceased
 * holders' accounts, decides, and prints the letter; an auditor reads the decision and verifies the
 * chain that holds it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectPaymentApiTest {
  static final Path MAPPINGS = Path.of("..", "seeds", "mappings");

  @LocalServerPort int port;

  static String importBody(String csv) throws Exception {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("csv", csv);
    body.put("mapping", Files.readString(MAPPINGS.resolve("dp-statements.yaml")));
    return body.toString();
  }

  static String exampleCsv(String prefix) throws Exception {
    return Files.readString(MAPPINGS.resolve("dp-statements-example.csv"))
        .replace("DP-000", prefix + "-000");
  }

  JsonNode json(HttpResponse<String> r) {
    return Json.mapper().readTree(r.body());
  }

  @Test
  void importListDecideVerifyAndLetter() throws Exception {
    Http finance = new Http(port, "finance");
    HttpResponse<String> imported =
        finance.post(
            "/api/v1/direct-payments/statements",
            importBody(exampleCsv("API")),
            "application/json");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(json(imported).get("imported")).hasSize(4);
    assertThat(json(imported).get("problems")).isEmpty();

    HttpResponse<String> again =
        finance.post(
            "/api/v1/direct-payments/statements",
            importBody(exampleCsv("API")),
            "application/json");
    assertThat(json(again).get("imported")).isEmpty();
    assertThat(json(again).get("problems")).hasSize(4);
    assertThat(json(again).get("problems").get(0).get("line").asInt()).isEqualTo(2);

    JsonNode lists = json(new Http(port, "auditor").get("/api/v1/direct-payments/accounts"));
    JsonNode surplus = find(lists.get("recoverableSurplus"), "API-0001");
    assertThat(surplus.get("recoverable").asString()).isEqualTo("920.00");
    assertThat(surplus.get("surplusSince").asString()).isEqualTo("2026-09-30");
    assertThat(find(lists.get("recoverableSurplus"), "API-0004").get("recoverable").asString())
        .isEqualTo("400.00");
    JsonNode died = find(lists.get("deceased"), "API-0003");
    assertThat(died.get("recoverable").asString()).isEqualTo("1370.37");
    assertThat(find(lists.get("dueReview"), "API-0002")).isNotNull();
    assertThat(find(lists.get("overdueReturns"), "API-0001")).isNotNull();

    String statement = surplus.get("statementId").asString();
    String decisions = "/api/v1/direct-payments/statements/" + statement + "/decisions";
    HttpResponse<String> noReason =
        finance.post(decisions, "{\"decision\": \"WAIVE\"}", "application/json");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    HttpResponse<String> unknown =
        finance.post(decisions, "{\"decision\": \"FORGET\"}", "application/json");
    assertThat(unknown.body()).contains("\"field\":\"decision\"");
    assertThat(
            new Http(port, "auditor")
                .post(decisions, "{\"decision\": \"RECOVER\"}", "application/json")
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> decided =
        finance.post(decisions, "{\"decision\": \"RECOVER\"}", "application/json");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
    String auditId = json(decided).get("auditId").asString();
    assertThat(json(decided).get("amount").asString()).isEqualTo("920.00"); // money: a string

    JsonNode read =
        json(new Http(port, "auditor").get("/api/v1/direct-payments/statements/" + statement));
    assertThat(read.get("decisions").get(0).get("decision").asString()).isEqualTo("RECOVER");
    assertThat(read.get("review").get("trace")).isNotEmpty();

    JsonNode verified = json(new Http(port, "auditor").get("/api/v1/audit/verify"));
    assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
    // The decision's record is in the chain and is not a calculation to replay.
    assertThat(
            new Http(port, "auditor")
                .postEmpty("/api/v1/calculations/" + auditId + "/replay")
                .statusCode())
        .isEqualTo(404);

    JsonNode letter =
        json(finance.get("/api/v1/direct-payments/statements/" + statement + "/letter"));
    assertThat(letter.get("paragraphs").toString()).contains("£920.00").contains("recover");
    assertThat(letter.get("rules").toString()).contains("DP-040").contains("St Helens");
    HttpResponse<String> pdf =
        finance.get("/api/v1/direct-payments/statements/" + statement + "/letter.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");

    HttpResponse<String> missing =
        finance.get("/api/v1/direct-payments/statements/00000000-0000-0000-0000-000000000000");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void aBadMappingIsRefusedNamingTheField() {
    HttpResponse<String> r =
        new Http(port, "finance")
            .post(
                "/api/v1/direct-payments/statements",
                "{\"csv\": \"a,b\\n1,2\\n\", \"mapping\": \"columns: [\"}",
                "application/json");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"mapping\"");
  }

  private static JsonNode find(JsonNode list, String account) {
    for (JsonNode n : list) {
      if (n.get("accountRef").asString().equals(account)) {
        return n;
      }
    }
    return null;
  }
}
