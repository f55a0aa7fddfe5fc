package org.openras.service.agreed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Agreed budgets over HTTP (issue 23): within tolerance an assessor's proposal is agreed; above the
 * ceiling it waits for a panel member other than the proposer; refusals need reasons; every step is
 * a record of the audit chain, which still verifies; and a reassessment that names the agreed
 * budget has its weekly figure read into transitional protection.
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
public class AgreedBudgetEndpointTest {
  @LocalServerPort int port;

  Http as(String user) {
    return new Http(port, user);
  }

  /** A recorded calculation of the first seed person (as the given assessor): its JSON. */
  JsonNode calculate(String user, String personRef) {
    ObjectNode request = (ObjectNode) Json.mapper().readTree(Seeds.first());
    request.put("personRef", personRef);
    HttpResponse<String> r =
        as(user).post(Http.CALCULATIONS, request.toString(), "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  static String indicative(JsonNode calculation) {
    JsonNode adjusted = calculation.path("adjustments");
    return adjusted.path("inForce").asBoolean(false)
        ? adjusted.path("weeklyBudget").asString()
        : calculation.path("ras").path("weeklyBudget").asString();
  }

  HttpResponse<String> propose(String user, JsonNode calculation, String body) {
    return as(user)
        .post(
            "/api/v1/calculations/"
                + calculation.get("calculationId").asString()
                + "/agreed-budgets",
            body,
            "application/json");
  }

  HttpResponse<String> decide(String user, String id, String what, String reasons) {
    return as(user)
        .post(
            "/api/v1/agreed-budgets/" + id + "/" + what,
            reasons == null ? "{}" : "{\"reasons\": \"" + reasons + "\"}",
            "application/json");
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.mapper().readTree(r.body());
  }

  /** Far enough above the indicative figure (and the ceiling, where there is one) for a panel. */
  static String aboveTheCeiling(JsonNode calculation) {
    BigDecimal indicative = new BigDecimal(indicative(calculation));
    JsonNode ceiling = calculation.path("ras").path("ceiling");
    BigDecimal above = indicative.multiply(new BigDecimal("1.5")).setScale(2);
    if (ceiling.isString() && new BigDecimal(ceiling.asString()).compareTo(above) >= 0) {
      above = new BigDecimal(ceiling.asString()).add(new BigDecimal("0.01"));
    }
    return above.toPlainString();
  }

  @Test
  void withinToleranceTheAssessorsProposalIsAgreedAsProposed() {
    JsonNode calc = calculate("assessor", "AB-WITHIN");
    String indicative = indicative(calc);
    HttpResponse<String> r =
        propose(
            "assessor",
            calc,
            "{\"agreedWeeklyBudget\": \""
                + indicative
                + "\", \"supportPlanWeeklyCost\": \""
                + indicative
                + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode b = json(r);
    assertThat(b.get("status").asString()).isEqualTo("AGREED");
    assertThat(b.get("needsPanel").asBoolean()).isFalse();
    assertThat(b.get("decidedBy").asString()).isEqualTo("assessor");
    assertThat(b.get("difference").asString()).isEqualTo("0.00");
    assertThat(b.get("indicativeWeeklyBudget").asString()).isEqualTo(indicative);
  }

  @Test
  void aboveTheCeilingItWaitsForASecondPersonAndTheProposerCannotApproveIt() {
    JsonNode calc = calculate("senior", "AB-CEILING");
    String above = aboveTheCeiling(calc);
    HttpResponse<String> r =
        propose(
            "senior",
            calc,
            "{\"agreedWeeklyBudget\": \""
                + above
                + "\", \"supportPlanWeeklyCost\": \""
                + above
                + "\", \"reasonCode\": \"EXCEPTIONAL_NEEDS\", \"reasonText\": \"Two carers at"
                + " night\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode b = json(r);
    String id = b.get("id").asString();
    // Not agreed without an approver: it waits, and says why.
    assertThat(b.get("status").asString()).isEqualTo("AWAITING_PANEL");
    assertThat(b.get("needsPanel").asBoolean()).isTrue();
    assertThat(b.get("panelBecause").asString()).contains("differs from the indicative");
    assertThat(b.hasNonNull("decidedBy")).isFalse();
    // The proposer, though a panel member, cannot approve or refuse their own proposal.
    HttpResponse<String> own = decide("senior", id, "approval", "I agree with myself");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
    assertThat(own.body()).contains("urn:openras:problem:own-proposal");
    assertThat(decide("senior", id, "refusal", "no").statusCode()).isEqualTo(403);
    // An assessor without the panel's role is refused by the access rules.
    assertThat(decide("assessor", id, "approval", null).statusCode()).isEqualTo(403);
    assertThat(json(as("auditor").get("/api/v1/agreed-budgets/" + id)).get("status").asString())
        .isEqualTo("AWAITING_PANEL");
    // It is in the panel's queue.
    assertThat(as("panel").get("/api/v1/agreed-budgets").body()).contains(id);
    // A budget not agreed cannot be a reassessment's previous budget.
    ObjectNode reassess = (ObjectNode) Json.mapper().readTree(Seeds.first());
    reassess.put("personRef", "AB-CEILING");
    reassess.put("previousAgreedBudgetId", id);
    HttpResponse<String> early =
        as("assessor").post(Http.CALCULATIONS, reassess.toString(), "application/json");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("\"field\":\"previousAgreedBudgetId\"");
    // A second person approves.
    HttpResponse<String> approved = decide("panel", id, "approval", "Night care is needed");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(json(approved).get("status").asString()).isEqualTo("AGREED");
    assertThat(json(approved).get("decidedBy").asString()).isEqualTo("panel");
    // Decided once only.
    HttpResponse<String> again = decide("panel", id, "refusal", "changed my mind");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(as("panel").get("/api/v1/agreed-budgets").body()).doesNotContain(id);
  }

  @Test
  void aRefusalNeedsReasonsAndIsFinal() {
    JsonNode calc = calculate("assessor", "AB-REFUSED");
    String above = aboveTheCeiling(calc);
    String id =
        json(propose(
                "assessor",
                calc,
                "{\"agreedWeeklyBudget\": \""
                    + above
                    + "\", \"supportPlanWeeklyCost\":"
                    + " \"10.00\", \"reasonCode\": \"CARER_BREAKDOWN\"}"))
            .get("id")
            .asString();
    HttpResponse<String> bare = decide("panel", id, "refusal", null);
    assertThat(bare.statusCode()).isEqualTo(400);
    assertThat(bare.body()).contains("\"field\":\"reasons\"");
    HttpResponse<String> refused =
        decide("panel", id, "refusal", "The plan does not meet the eligible needs");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
    assertThat(json(refused).get("status").asString()).isEqualTo("REFUSED");
    assertThat(json(refused).get("decisionReasons").asString()).contains("eligible needs");
    assertThat(decide("panel", id, "approval", null).statusCode()).isEqualTo(409);
  }

  @Test
  void onlyItsProposerMayWithdrawAProposal() {
    JsonNode calc = calculate("senior", "AB-WITHDRAWN");
    String above = aboveTheCeiling(calc);
    String id =
        json(propose(
                "senior",
                calc,
                "{\"agreedWeeklyBudget\": \""
                    + above
                    + "\", \"supportPlanWeeklyCost\": \""
                    + above
                    + "\", \"reasonCode\": \"PLAN_COSTS_MORE\"}"))
            .get("id")
            .asString();
    assertThat(decide("assessor", id, "withdrawal", "not mine").statusCode()).isEqualTo(403);
    HttpResponse<String> withdrawn = decide("senior", id, "withdrawal", "Plan revised");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(json(withdrawn).get("status").asString()).isEqualTo("WITHDRAWN");
  }

  @Test
  void badProposalsAreRefusedNamingTheFields() {
    JsonNode calc = calculate("assessor", "AB-BAD");
    String more = new BigDecimal(indicative(calc)).add(BigDecimal.ONE).toPlainString();
    HttpResponse<String> noReason =
        propose("assessor", calc, "{\"agreedWeeklyBudget\": \"" + more + "\"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body())
        .contains("\"field\":\"reasonCode\"")
        .contains("\"field\":\"supportPlanWeeklyCost\"");
    HttpResponse<String> unknown =
        propose(
            "assessor",
            calc,
            "{\"agreedWeeklyBudget\": \""
                + more
                + "\", \"supportPlanWeeklyCost\": \"1.00\","
                + " \"reasonCode\": \"BECAUSE\"}");
    assertThat(unknown.body()).contains("\"field\":\"reasonCode\"").contains("PANEL_DECISION");
    HttpResponse<String> negative =
        propose(
            "assessor",
            calc,
            "{\"agreedWeeklyBudget\": \"-1.00\", \"supportPlanWeeklyCost\": \"1.00\"}");
    assertThat(negative.body()).contains("\"field\":\"agreedWeeklyBudget\"");
    HttpResponse<String> huge =
        propose(
            "assessor",
            calc,
            "{\"agreedWeeklyBudget\": \""
                + more
                + "\", \"supportPlanWeeklyCost\":"
                + " \"12345678901234567890.00\", \"reasonCode\": \"PLAN_COSTS_MORE\"}");
    assertThat(huge.statusCode()).as(huge.body()).isEqualTo(400);
    assertThat(huge.body()).contains("\"field\":\"supportPlanWeeklyCost\"");
    HttpResponse<String> missing =
        as("assessor")
            .post(
                "/api/v1/calculations/00000000-0000-0000-0000-000000000000/agreed-budgets",
                "{\"agreedWeeklyBudget\": \"1.00\", \"supportPlanWeeklyCost\": \"1.00\"}",
                "application/json");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(
            as("auditor")
                .get("/api/v1/agreed-budgets/00000000-0000-0000-0000-000000000000")
                .statusCode())
        .isEqualTo(404);
    assertThat(as("panel").get("/api/v1/agreed-budgets?status=LOST").body())
        .contains("\"field\":\"status\"");
  }

  @Test
  void everyStepIsARecordOfTheChainAndTheChainVerifies() {
    JsonNode calc = calculate("assessor", "AB-CHAIN");
    String above = aboveTheCeiling(calc);
    String id =
        json(propose(
                "assessor",
                calc,
                "{\"agreedWeeklyBudget\": \""
                    + above
                    + "\", \"supportPlanWeeklyCost\": \""
                    + above
                    + "\", \"reasonCode\": \"PANEL_DECISION\"}"))
            .get("id")
            .asString();
    decide("panel", id, "approval", "Agreed at panel");
    HttpResponse<String> steps = as("auditor").get("/api/v1/agreed-budgets/" + id + "/steps");
    assertThat(steps.statusCode()).as(steps.body()).isEqualTo(200);
    List<JsonNode> chain = new java.util.ArrayList<>();
    json(steps).forEach(chain::add);
    assertThat(chain).hasSize(2);
    assertThat(chain.get(0).get("kind").asString()).isEqualTo("agreed-budget");
    assertThat(chain.get(0).path("step").get("step").asString()).isEqualTo("proposed");
    assertThat(chain.get(0).path("state").get("status").asString()).isEqualTo("AWAITING_PANEL");
    assertThat(chain.get(0).get("actor").asString()).isEqualTo("assessor");
    assertThat(chain.get(1).path("step").get("step").asString()).isEqualTo("approved");
    assertThat(chain.get(1).path("state").get("status").asString()).isEqualTo("AGREED");
    assertThat(chain.get(1).get("actor").asString()).isEqualTo("panel");
    assertThat(chain.get(1).get("sequence").asLong())
        .isGreaterThan(chain.get(0).get("sequence").asLong());
    chain.forEach(s -> assertThat(s.get("integrity").asString()).isEqualTo("intact"));
    // The proposal names its calculation's record hash: the agreed figure is tied to it.
    assertThat(chain.get(0).path("step").get("calculationRecordHash").asString()).hasSize(64);
    // The chain verifier walks these records with the calculations' and finds it intact.
    HttpResponse<String> verify = as("auditor").get("/api/v1/audit/verify");
    assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
    assertThat(json(verify).get("intact").asBoolean()).as(verify.body()).isTrue();
    // A step's record is not a calculation.
    String record = chain.get(0).get("recordId").asString();
    assertThat(as("auditor").get("/api/v1/calculations/" + record).statusCode()).isEqualTo(404);
  }

  @Test
  void aReassessmentReadsThePreviousAgreedBudgetIntoTransitionalProtection() {
    JsonNode calc = calculate("assessor", "AB-REASSESS");
    String above = aboveTheCeiling(calc);
    String id =
        json(propose(
                "assessor",
                calc,
                "{\"agreedWeeklyBudget\": \""
                    + above
                    + "\", \"supportPlanWeeklyCost\": \""
                    + above
                    + "\", \"reasonCode\": \"EXCEPTIONAL_NEEDS\"}"))
            .get("id")
            .asString();
    assertThat(decide("panel", id, "approval", "Agreed").statusCode()).isEqualTo(200);
    ObjectNode reassess = (ObjectNode) Json.mapper().readTree(Seeds.first());
    reassess.put("personRef", "AB-REASSESS");
    reassess.put("previousAgreedBudgetId", id);
    HttpResponse<String> r =
        as("assessor").post(Http.CALCULATIONS, reassess.toString(), "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode adjustments = json(r).path("adjustments");
    assertThat(adjustments.path("inForce").asBoolean()).as(r.body()).isTrue();
    assertThat(adjustments.get("previousWeeklyBudget").asString()).isEqualTo(above);
    // The rules, not the service, protect: the new figure may not fall below the agreed one by
    // more than the maximum fall, so with a lower indicative figure protection applies.
    assertThat(adjustments.get("protectionApplied").asBoolean()).isTrue();
    assertThat(new BigDecimal(adjustments.get("weeklyBudget").asString()))
        .isGreaterThan(new BigDecimal(indicative(calc)));
    // The recorded request names the agreed budget and the figure read from it.
    String recorded =
        as("auditor").get("/api/v1/calculations/" + json(r).get("calculationId").asString()).body();
    assertThat(recorded).contains("\"previousAgreedBudgetId\":\"" + id + "\"");
    assertThat(recorded).contains("\"previousWeeklyBudget\":\"" + above + "\"");
    // Another person's agreed budget, or both figures at once, are refused naming the field.
    reassess.put("personRef", "AB-SOMEONE-ELSE");
    assertThat(
            as("assessor").post(Http.CALCULATIONS, reassess.toString(), "application/json").body())
        .contains("\"field\":\"previousAgreedBudgetId\"");
    reassess.put("personRef", "AB-REASSESS");
    reassess.put("previousWeeklyBudget", "100.00");
    assertThat(
            as("assessor").post(Http.CALCULATIONS, reassess.toString(), "application/json").body())
        .contains("\"field\":\"previousWeeklyBudget\"");
  }
}
