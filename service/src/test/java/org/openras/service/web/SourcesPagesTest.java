package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 item 3: every source resolves inside the repository. The bibliography is served, a trace
 * step's source resolves to documents with links, and the assessor's explanation and the auditor's
 * page show the documents in words beside the source as the rule wrote it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourcesPagesTest {
  @LocalServerPort int port;

  @Test
  void theBibliographyIsServedWithEveryDocumentAndThePublishedVersionsCitations() {
    HttpResponse<String> r = new Http(port).get("/api/v1/sources");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = Json.mapper().readTree(r.body());
    assertThat(body.get("sources").valueStream().map(s -> s.get("id").asString()))
        .contains("charging-regs-2014", "care-statutory-guidance", "eligibility-regs-2015");
    assertThat(body.at("/citations/SI 2015~1313 reg 2(1)(a)").asString())
        .isEqualTo("eligibility-regs-2015 reg 2(1)(a)");
  }

  @Test
  void aTraceStepsSourceResolvesToTheDocumentsItCitesAndAnUnknownOneSaysWhy() {
    String cited = "Charging Regulations 2014 reg 7 (single 18-24); domain brief §3.4";
    JsonNode r =
        Json.mapper()
            .readTree(
                new Http(port)
                    .get(
                        "/api/v1/sources/resolution?area=contributions&version=2015-04-01&citation="
                            + URLEncoder.encode(cited, StandardCharsets.UTF_8))
                    .body());
    assertThat(r.get("resolved").asBoolean()).isTrue();
    assertThat(r.get("legacy").asBoolean()).isTrue();
    assertThat(r.at("/citations/0/source/id").asString()).isEqualTo("charging-regs-2014");
    assertThat(r.at("/citations/0/pinpoint").asString()).isEqualTo("reg 7(2)(a)");
    assertThat(r.at("/citations/0/link").asString()).startsWith("https://www.legislation.gov.uk/");

    JsonNode unknown =
        Json.mapper()
            .readTree(new Http(port).get("/api/v1/sources/resolution?citation=no-such-act").body());
    assertThat(unknown.get("resolved").asBoolean()).isFalse();
    assertThat(unknown.at("/problems/0").asString()).isEqualTo("unknown source id 'no-such-act'");

    HttpResponse<String> missing = new Http(port).get("/api/v1/sources/resolution");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("citation");
  }

  @Test
  void theExplanationAndTheAuditorsPageShowTheCitedDocumentsInWords() throws Exception {
    String id =
        Json.mapper()
            .readTree(new Http(port).postJson(Seeds.first()).body())
            .get("calculationId")
            .asString();

    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    String explanation = assessor.get("/web/assessments/" + id).body();
    assertThat(explanation)
        .contains("class=\"govuk-list govuk-body-s govuk-!-margin-bottom-1 openras-sources\"")
        .contains(
            "The Care and Support (Charging and Assessment of Resources) Regulations 2014"
                + " (SI 2014/2672), reg 7")
        .contains("href=\"https://www.legislation.gov.uk/uksi/2014/2672/contents\"");

    WebSession auditor = new WebSession(port);
    auditor.signIn("auditor");
    String audit = auditor.get("/web/audit?id=" + id).body();
    assertThat(audit).contains("id=\"sources-cited\"").contains("legislation.gov.uk");
  }

  @Test
  void thePolicyOfficersVersionPageShowsWhatEachRuleAndFigureCites() throws Exception {
    WebSession policy = new WebSession(port);
    policy.signIn("policy");
    String page = policy.get("/web/policy/eligibility/2015-04-01").body();
    assertThat(page)
        .contains("SI 2015/313 reg 2(1)(a)")
        .contains(
            "The Care and Support (Eligibility Criteria) Regulations 2015 (SI 2015/313), reg"
                + " 2(1)(a)")
        .contains("href=\"https://www.legislation.gov.uk/uksi/2015/313/made\"");
  }
}
