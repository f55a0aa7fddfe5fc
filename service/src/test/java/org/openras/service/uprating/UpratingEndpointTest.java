package org.openras.service.uprating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.publication.LiveReload;
import org.openras.service.publication.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 item 4 through the API: a policy officer starts next year's figures from the version in
 * force, enters them, compares, validates and publishes the draft scheduled for 6 April; on that
 * day an assessment uses the new figures. Every bad field is a problem detail naming it, never a
 * 500.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.publication.poll=PT1H")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpratingEndpointTest {
  static final MutableClock CLOCK = new MutableClock(LocalDate.of(2026, 6, 1));
  static final String DRAFT = "/api/v1/rulesets/contributions/uprating/2027-04-06";
  static final String FIGURES =
      "{\"circular\": {\"title\": \"LAC(DHSC)(2027)1\", \"url\": \"https://www.gov.uk/lac-2027\"},"
          + " \"figures\": ["
          + "{\"id\": \"migPersonalAmount.SINGLE_18_24\", \"value\": \"98.30\", \"marker\": \"R\"},"
          + "{\"id\": \"migPersonalAmount.SINGLE_25_TO_PENSION_AGE\", \"value\": \"114.40\","
          + " \"marker\": \"R\"},"
          + "{\"id\": \"migPersonalAmount.SINGLE_PENSION_AGE\", \"value\": \"250.40\", \"marker\":"
          + " \"R\"},"
          + "{\"id\": \"disabilityPremium.SINGLE\", \"value\": \"50.50\", \"marker\": \"R\"},"
          + "{\"id\": \"enhancedDisabilityPremium.SINGLE\", \"value\": \"24.65\", \"marker\":"
          + " \"R\"},"
          + "{\"id\": \"careBenefitWeeklyRate.ATTENDANCE_ALLOWANCE_HIGHER\", \"carry\": true},"
          + "{\"id\": \"careBenefitWeeklyRate.ATTENDANCE_ALLOWANCE_LOWER\", \"carry\": true},"
          + "{\"id\": \"tariffIncomeStep\", \"carry\": true},"
          + "{\"id\": \"tariffIncomePerStep\", \"carry\": true},"
          + "{\"id\": \"lowerCapitalLimit\", \"carry\": true, \"note\": \"fixed in reg 12\"},"
          + "{\"id\": \"upperCapitalLimit\", \"carry\": true, \"note\": \"fixed in reg 12\"}]}";

  @LocalServerPort int port;
  @Autowired LiveReload live;

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    MutableClock testClock() {
      return CLOCK;
    }
  }

  Http policy() {
    return new Http(port, "policy");
  }

  HttpResponse<String> put(String path, String body) {
    return policy()
        .send(
            HttpRequest.newBuilder()
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"),
            path);
  }

  HttpResponse<String> delete(String path) {
    return policy().send(HttpRequest.newBuilder().DELETE(), path);
  }

  @Test
  @Order(5)
  void aDraftNotPublishedCanBeDiscarded() {
    HttpResponse<String> made =
        policy()
            .post(
                "/api/v1/rulesets/contributions/uprating",
                "{\"source\": \"2015-04-01\", \"effectiveFrom\": \"2035-04-06\"}",
                "application/json");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    String path = "/api/v1/rulesets/contributions/uprating/2035-04-06";
    assertThat(delete(path).statusCode()).isEqualTo(204);
    assertThat(delete(path).statusCode()).isEqualTo(404);
    assertThat(policy().get("/api/v1/rulesets/contributions/2035-04-06").statusCode())
        .isEqualTo(404);
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.mapper().readTree(r.body());
  }

  static JsonNode figure(JsonNode view, String id) {
    for (JsonNode f : view.get("figures")) {
      if (f.get("id").asString().equals(id)) {
        return f;
      }
    }
    throw new AssertionError("no figure " + id);
  }

  @Test
  @Order(1)
  void startsNextYearsFiguresFromTheVersionInForce() {
    HttpResponse<String> r =
        policy().post("/api/v1/rulesets/contributions/uprating", "{}", "application/json");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode v = json(r);
    assertThat(v.get("version").asString()).isEqualTo("2027-04-06");
    // The version in force today: 2026-04-06-staged supersedes 2026-04-06 on all its days (the
    // same figures in named stages, docs/adr/0012), so the draft starts from it.
    assertThat(v.get("source").asString()).isEqualTo("2026-04-06-staged");
    assertThat(v.get("year").asString()).isEqualTo("2027/28");
    assertThat(v.get("state").asString()).isEqualTo("DRAFT");
    JsonNode mig = figure(v, "migPersonalAmount.SINGLE_PENSION_AGE");
    assertThat(mig.at("/last/value").asString()).isEqualTo("241.45");
    assertThat(mig.get("flags").toString()).contains("MISSING");
    // Absent from 2026/27 (no source gave it), still offered to be entered for 2027/28.
    JsonNode absentLastYear = figure(v, "migPersonalAmount.SINGLE_25_TO_PENSION_AGE");
    assertThat(absentLastYear.path("last").isMissingNode()).isTrue();
    assertThat(
            policy()
                .post("/api/v1/rulesets/contributions/uprating", "{}", "application/json")
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  @Order(2)
  void everyBadFieldIsAProblemNamingItNeverA500() {
    List<HttpResponse<String>> all = new ArrayList<>();
    HttpResponse<String> dates =
        policy()
            .post(
                "/api/v1/rulesets/contributions/uprating",
                "{\"on\": \"2025-13-01\", \"effectiveFrom\": \"soon\"}",
                "application/json");
    assertThat(fields(dates)).containsExactlyInAnyOrder("on", "effectiveFrom");
    HttpResponse<String> early =
        policy()
            .post(
                "/api/v1/rulesets/contributions/uprating",
                "{\"source\": \"2015-04-01\", \"effectiveFrom\": \"2014-04-06\"}",
                "application/json");
    assertThat(fields(early)).containsExactly("effectiveFrom");
    HttpResponse<String> noneInForce =
        policy()
            .post(
                "/api/v1/rulesets/contributions/uprating",
                "{\"on\": \"2010-01-01\"}",
                "application/json");
    assertThat(fields(noneInForce)).containsExactly("on");
    HttpResponse<String> unknownField =
        policy()
            .post("/api/v1/rulesets/contributions/uprating", "{\"from\": 1}", "application/json");
    assertThat(fields(unknownField)).containsExactly("from");
    HttpResponse<String> values =
        put(
            DRAFT,
            "{\"circular\": {\"url\": \"ftp://x\"}, \"figures\": ["
                + "{\"id\": \"migPersonalAmount.SINGLE_18_24\", \"value\": \"0,9.7.0\","
                + " \"marker\": \"R\"},"
                + "{\"id\": \"disabilityPremium.SINGLE\", \"value\": \"50.50\"},"
                + "{\"id\": \"carerPremium\", \"value\": \"55.00\", \"marker\": \"Q\"},"
                + "{\"id\": \"migPersonalAmount.COUPLE_18_PLUS_EACH\", \"carry\": true},"
                + "{\"id\": \"noSuchFigure\", \"value\": \"1\"}, {}]}");
    assertThat(fields(values))
        .containsExactlyInAnyOrder(
            "circular.url",
            "figures[migPersonalAmount.SINGLE_18_24].value",
            "figures[disabilityPremium.SINGLE].marker",
            "figures[carerPremium].marker",
            "figures[migPersonalAmount.COUPLE_18_PLUS_EACH].carry",
            "figures[4].id",
            "figures[5].id");
    HttpResponse<String> notAList = put(DRAFT, "{\"figures\": 3}");
    assertThat(fields(notAList)).containsExactly("figures");
    HttpResponse<String> threshold = policy().get(DRAFT + "?threshold=lots");
    assertThat(fields(threshold)).containsExactly("threshold");
    all.addAll(List.of(dates, early, noneInForce, unknownField, values, notAList, threshold));
    HttpResponse<String> noDraft =
        policy().get("/api/v1/rulesets/contributions/uprating/2040-04-06");
    assertThat(noDraft.statusCode()).isEqualTo(404);
    assertThat(json(noDraft).get("type").asString())
        .isEqualTo("urn:openras:problem:uprating-not-found");
    HttpResponse<String> noArea =
        policy().post("/api/v1/rulesets/nowhere/uprating", "{}", "application/json");
    assertThat(noArea.statusCode()).isEqualTo(404);
    HttpResponse<String> notJson = put(DRAFT, "figures");
    assertThat(notJson.statusCode()).isEqualTo(400);
    all.addAll(List.of(noDraft, noArea, notJson));
    assertThat(all).allSatisfy(x -> assertThat(x.statusCode()).as(x.body()).isLessThan(500));
    // Nothing was saved by the refused entries.
    assertThat(
            figure(json(policy().get(DRAFT)), "disabilityPremium.SINGLE")
                .path("value")
                .isMissingNode())
        .isTrue();
  }

  private static List<String> fields(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    List<String> out = new ArrayList<>();
    json(r).get("errors").forEach(e -> out.add(e.get("field").asString()));
    return out;
  }

  @Test
  @Order(3)
  void theOfficerEntersTheFiguresAndSeesEachChange() {
    HttpResponse<String> r = put(DRAFT, FIGURES);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode v = json(r);
    JsonNode mig = figure(v, "migPersonalAmount.SINGLE_PENSION_AGE");
    assertThat(mig.get("changeInWords").asString()).isEqualTo("+£8.95 (+3.7%)");
    assertThat(figure(v, "migPersonalAmount.SINGLE_25_TO_PENSION_AGE").get("flags").toString())
        .contains("NEW");
    assertThat(figure(v, "lowerCapitalLimit").get("flags").toString()).contains("UNCHANGED");
    assertThat(figure(v, "carerPremium").get("flags").toString()).contains("MISSING");
    assertThat(figure(v, "carerPremium").path("newValue").isMissingNode()).isTrue();
    assertThat(v.at("/cases/kept").size()).isPositive();
    assertThat(v.at("/cases/leftOut").size()).isPositive();
    JsonNode low = json(policy().get(DRAFT + "?threshold=1"));
    assertThat(figure(low, "migPersonalAmount.SINGLE_PENSION_AGE").get("flags").toString())
        .contains("OVER_THRESHOLD");
  }

  @Test
  @Order(4)
  void theDraftIsValidatedComparedAndPublishedScheduledAsAnyOther() {
    HttpResponse<String> valid =
        policy()
            .post(
                "/api/v1/rulesets/validate",
                "{\"area\": \"contributions\", \"version\": \"2027-04-06\", \"runCases\": true}",
                "application/json");
    assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
    assertThat(json(valid).get("valid").asBoolean()).as(valid.body()).isTrue();
    HttpResponse<String> diff =
        policy().get("/api/v1/rulesets/contributions/diff?from=2026-04-06&to=2027-04-06");
    assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
    assertThat(json(diff).get("text").asString()).contains("£241.45 → £250.40");

    HttpResponse<String> published =
        policy()
            .post(
                "/api/v1/rulesets/contributions/2027-04-06/publication",
                "{\"note\": \"2027/28 figures\"}",
                "application/json");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    assertThat(json(published).get("state").asString()).isEqualTo("SCHEDULED");
    assertThat(put(DRAFT, FIGURES).statusCode()).isEqualTo(409);
    assertThat(delete(DRAFT).statusCode()).isEqualTo(409);

    CLOCK.set(LocalDate.of(2027, 4, 6));
    live.reload();
    HttpResponse<String> calc =
        new Http(port, "assessor")
            .postJson(
                "{\"personRef\": \"U-1\", \"assessmentDate\": \"2027-04-06\", \"person\":"
                    + " {\"dateOfBirth\": \"1980-06-15\", \"primarySupportReason\":"
                    + " \"PHYSICAL_PERSONAL_CARE\"}, \"weeklyCostOfCare\": \"300.00\","
                    + " \"finances\": {\"capital\": \"0\", \"weeklyIncome\":"
                    + " {\"EMPLOYMENT_AND_SUPPORT_ALLOWANCE\": \"200.00\"}}}");
    assertThat(calc.statusCode()).as(calc.body()).isEqualTo(200);
    assertThat(json(calc).at("/contribution/minimumIncomeGuarantee").asString())
        .isEqualTo("114.40");
    assertThat(calc.body()).contains("\"version\":\"2027-04-06\"");
  }
}
