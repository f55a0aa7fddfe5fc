package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Eligibility, RAS and contributions in one HTTP calculation: the decisions with their reasons and
 * citations, the contribution with its breakdown, and the fields bad input is named by.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FullAssessmentEndpointTest {
  private static final Path SEED =
      Path.of("..", "seeds", "people", "older-person-full-assessment-pays-a-contribution.json");

  @LocalServerPort int port;

  private ObjectNode seed() throws IOException {
    return (ObjectNode) Json.mapper().readTree(Files.readString(SEED));
  }

  private JsonNode ok(JsonNode request) {
    HttpResponse<String> response = new Http(port).postJson(request.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  private List<String> badFields(JsonNode request, int status) {
    HttpResponse<String> response = new Http(port).postJson(request.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = Json.mapper().readTree(response.body());
    return body.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
  }

  @Test
  void oneCalculationDecidesEligibilityPricesTheNeedsAndAssessesTheContribution()
      throws IOException {
    JsonNode r = ok(seed());
    assertThat(r.at("/eligibility/framework").asString()).isEqualTo("CARE_ACT_2014");
    assertThat(r.at("/eligibility/adult/eligible").asBoolean()).isTrue();
    assertThat(r.at("/eligibility/adult/citation").asString()).isEqualTo("SI 2015/313 reg 2(1)");
    assertThat(r.at("/eligibility/adult/outcomesCounted").size()).isEqualTo(4);
    assertThat(r.at("/ras/basis").asString()).isEqualTo("ELIGIBLE");
    assertThat(r.at("/ras/weeklyBudget").asString()).isEqualTo("260.35");
    assertThat(r.at("/contribution/weeklyContribution").asString()).isEqualTo("152.00");
    assertThat(r.at("/contribution/netCouncilAmount").asString()).isEqualTo("108.35");
    assertThat(r.path("ruleSets").valueStream().map(v -> v.path("area").asString()).toList())
        .containsExactly("eligibility", "ras", "contributions");
    List<String> rules =
        r.path("trace").valueStream().map(t -> t.path("ruleId").asString()).toList();
    assertThat(rules).anyMatch(id -> id.startsWith("ELIG-"));
    assertThat(rules).anyMatch(id -> id.startsWith("RAS-"));
    assertThat(rules).anyMatch(id -> id.startsWith("CHG-"));
    assertThat(r.path("trace").valueStream())
        .allSatisfy(
            t -> assertThat(t.path("source").asString()).isNotBlank().doesNotStartWith("\""));
  }

  @Test
  void aTakesLongerLimbOnACarerOutcomeIsRefusedNamingTheField() throws IOException {
    ObjectNode request = seed();
    ObjectNode carer = ((ObjectNode) request.get("eligibility")).putObject("carer");
    carer.put("carerRef", "SEED-0013-C").put("necessaryCare", true).put("healthAtRisk", false);
    carer.put("significantImpactOnWellbeing", true);
    carer.putObject("outcomes").putObject("f").putArray("limbs").add("TAKES_SIGNIFICANTLY_LONGER");
    assertThat(badFields(request, 400)).contains("eligibility.carer.outcomes.f.limbs");
  }

  @Test
  void anUnknownOutcomeCodeIsRefusedNamingTheField() throws IOException {
    ObjectNode request = seed();
    ((ObjectNode) request.at("/eligibility/outcomes"))
        .putObject("k")
        .putArray("limbs")
        .add("WITHOUT_ASSISTANCE");
    assertThat(badFields(request, 400)).contains("eligibility.outcomes.k");
  }

  @Test
  void anUnknownIncomeTypeIsRefusedNamingTheField() throws IOException {
    ObjectNode request = seed();
    ((ObjectNode) request.at("/finances/weeklyIncome")).put("LOTTERY_WIN", "10.00");
    assertThat(badFields(request, 400)).contains("finances.weeklyIncome.LOTTERY_WIN");
  }

  @Test
  void negativeMoneyIsRefusedNamingTheField() throws IOException {
    ObjectNode request = seed();
    ((ObjectNode) request.get("finances")).put("capital", "-1.00");
    assertThat(badFields(request, 400)).contains("finances.capital");
  }

  @Test
  void malformedMoneyIsRefusedNamingTheField() throws IOException {
    ObjectNode request = seed();
    ((ObjectNode) request.get("finances")).put("capital", "£18,100");
    assertThat(badFields(request, 400)).contains("finances.capital");
  }

  @Test
  void financesWithoutTheDateOfBirthTheMigNeedsAreRefused() throws IOException {
    ObjectNode request = seed();
    ((ObjectNode) request.get("person")).remove("dateOfBirth");
    assertThat(badFields(request, 400)).contains("person.dateOfBirth");
  }

  @Test
  void financesDatedBeforeTheCareActHaveNoContributionsVersion() throws IOException {
    ObjectNode request = seed();
    request.remove("eligibility");
    request.remove("needs");
    request.put("assessmentDate", "2014-06-02");
    request.put("weeklyCostOfCare", "200.00");
    HttpResponse<String> response = new Http(port).postJson(request.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode body = Json.mapper().readTree(response.body());
    assertThat(body.path("area").asString()).isEqualTo("contributions");
    assertThat(body.path("date").asString()).isEqualTo("2014-06-02");
    assertThat(body.path("periods").isArray()).isTrue();
  }
}
