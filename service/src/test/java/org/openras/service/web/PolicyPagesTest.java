package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The policy pages' error paths through Spring MockMvc and the pages' real filter chain: an unknown
 * area or version is the GOV.UK "page not found" page naming what is served, a diff that cannot be
 * made names the field to fix in the error summary, a kept caseload gives the impact, and only a
 * policy officer may open the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyPagesTest {
  static final String DIFF_RAS = "/web/policy/diff?from=ras/2024-04-01&to=ras/2025-04-01";

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void pages() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
            .build();
  }

  @Test
  void aCorrectedVersionNamesTheCorrectionUsedInItsPlace() throws Exception {
    MockHttpServletResponse original = page("policy", "/web/policy/contributions/2015-04-01");
    assertThat(original.getStatus()).isEqualTo(200);
    assertThat(original.getContentAsString())
        .contains("id=\"superseded-by\"")
        .contains("contributions 2015-04-01-corrected")
        .contains("as decided then");
    MockHttpServletResponse correction =
        page("policy", "/web/policy/contributions/2015-04-01-corrected");
    assertThat(correction.getContentAsString()).doesNotContain("id=\"superseded-by\"");
    assertThat(page("policy", "/web/policy").getContentAsString())
        .contains("id=\"superseded-contributions-2015-04-01\"")
        .contains("corrected by 2015-04-01-corrected");
  }

  @Test
  void anUnknownAreaIsPageNotFoundNamingTheAreasServed() throws Exception {
    MockHttpServletResponse page = page("policy", "/web/policy/nowhere/2025-04-01");
    assertThat(page.getStatus()).isEqualTo(404);
    assertThat(page.getContentType()).startsWith("text/html");
    assertThat(page.getContentAsString())
        .contains("<h1 class=\"govuk-heading-l\">Page not found</h1>")
        .contains("The service serves no area nowhere; areas: ")
        .contains("ras")
        .doesNotContain("Exception", "at org.");
  }

  @Test
  void anUnknownVersionIsPageNotFoundNamingTheVersionsServed() throws Exception {
    for (String path :
        new String[] {
          "/web/policy/ras/1999-04-01",
          "/web/policy/ras/1999-04-01/cases",
          "/web/policy/ras/1999-04-01/validation"
        }) {
      MockHttpServletResponse page = page("policy", path);
      assertThat(page.getStatus()).as(path).isEqualTo(404);
      assertThat(page.getContentAsString())
          .as(path)
          .contains("Page not found")
          .contains(
              "The service serves no ras version 1999-04-01; versions: 2024-04-01, 2025-04-01");
    }
  }

  @Test
  void aCouncilIsFoundByItsNameWithATilde() throws Exception {
    MockHttpServletResponse page = page("policy", "/web/policy/councils~north-shire/2024-04-08");
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("councils/north-shire 2024-04-08");
  }

  @Test
  void aDiffOfAVersionWithItselfNamesTheSecondField() throws Exception {
    String html = ok("/web/policy/diff?from=ras/2025-04-01&to=ras/2025-04-01");
    assertThat(errorLinks(html)).containsExactly("#to");
    assertThat(html)
        .contains("Choose a different version to compare with: both are ras 2025-04-01")
        .contains("<title>Error: Compare two versions – OpenRAS</title>")
        .contains("id=\"to\" name=\"to\" aria-describedby=\"to-error\"")
        .contains("id=\"from\" name=\"from\">")
        .doesNotContain("id=\"diff-heading\"");
  }

  @Test
  void aDiffAcrossAreasNamesTheSecondFieldAndBothAreas() throws Exception {
    String html = ok("/web/policy/diff?from=ras/2025-04-01&to=eligibility/2015-04-01");
    assertThat(errorLinks(html)).containsExactly("#to");
    assertThat(html)
        .contains(
            "Choose a version of ras to compare with ras 2025-04-01: 2015-04-01 is a version of"
                + " eligibility")
        .doesNotContain("id=\"diff-heading\"");
  }

  @Test
  void aDiffWithNothingChosenOrAnUnservedVersionNamesEachField() throws Exception {
    String empty = ok("/web/policy/diff?from=&to=");
    assertThat(errorLinks(empty)).containsExactly("#from", "#to");
    assertThat(empty)
        .contains("Choose the version to compare from")
        .contains("Choose the version to compare with");
    String unserved = ok("/web/policy/diff?from=ras/2025-04-01&to=ras/2030-04-01");
    assertThat(errorLinks(unserved)).containsExactly("#to");
    assertThat(unserved).contains("The service serves no ras version 2030-04-01");
  }

  @Test
  void anUnknownCaseloadNamesTheCaseloadFieldAndAKeptOneGivesTheImpact() throws Exception {
    String unknown = ok(DIFF_RAS + "&caseloadId=" + "0".repeat(64));
    assertThat(errorLinks(unknown)).containsExactly("#caseloadId");
    assertThat(unknown)
        .contains("The caseload chosen is no longer kept: choose a kept caseload, or no caseload")
        .contains("A caseload no longer kept");
    List<String> lines =
        Files.readAllLines(Path.of("..", "seeds", "caseloads", "synthetic-500.jsonl"));
    HttpResponse<String> kept =
        new Http(port, "finance")
            .post(
                "/api/v1/caseloads",
                String.join("\n", lines.subList(0, 40)) + "\n",
                "application/x-ndjson");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    String id = Json.mapper().readTree(kept.body()).get("id").asString();
    assertThat(ok(DIFF_RAS)).containsPattern("<option value=\"" + id + "\">[^<]*: 40 lines");
    String impact = ok(DIFF_RAS + "&caseloadId=" + id);
    assertThat(errorLinks(impact)).isEmpty();
    assertThat(impact).containsPattern("\\d+ of 40 people calculated under both versions");
    assertThat(impact).containsPattern("; [1-9]\\d* people change\\.");
    assertThat(impact)
        .containsPattern("[+−]£[\\d,]+\\.\\d\\d a week; [+−]£[\\d,]+\\.\\d\\d a year");
  }

  @Test
  void aVersionsLinkOpensTheDiffWithoutErrors() throws Exception {
    String html = ok("/web/policy/diff?from=ras/2025-04-01");
    assertThat(html).doesNotContain("govuk-error-summary\"").contains("selected");
  }

  @Test
  void onlyAPolicyOfficerMayOpenThePolicyPages() throws Exception {
    assertThat(page("assessor", "/web/policy").getStatus()).isEqualTo(403);
    assertThat(page("assessor", "/web/policy/ras/2025-04-01").getStatus()).isEqualTo(403);
    assertThat(page("auditor", "/web/policy/diff").getStatus()).isEqualTo(403);
    MockHttpServletResponse nobody =
        mvc.perform(get("/web/policy/ras/2025-04-01")).andReturn().getResponse();
    assertThat(nobody.getStatus()).isEqualTo(302);
    assertThat(nobody.getRedirectedUrl()).endsWith("/web/sign-in");
    assertThat(page("policy", "/web/policy").getStatus()).isEqualTo(200);
  }

  @Test
  void theStartPageLinksToThePolicyPagesForPolicyOfficersOnly() throws Exception {
    assertThat(page("policy", "/web").getContentAsString()).contains("href=\"/web/policy\"");
    assertThat(page("assessor", "/web").getContentAsString()).doesNotContain("/web/policy");
  }

  private String ok(String path) throws Exception {
    MockHttpServletResponse page = page("policy", path);
    assertThat(page.getStatus()).as(path).isEqualTo(200);
    return page.getContentAsString();
  }

  /** The targets of the error summary's links, in order. */
  private static List<String> errorLinks(String html) {
    int start = html.indexOf("govuk-error-summary__list");
    if (start < 0) {
      return List.of();
    }
    String list = html.substring(start, html.indexOf("</ul>", start));
    Matcher m = Pattern.compile("href=\"(#[^\"]+)\"").matcher(list);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The page as {@code user} sees it, signed in through the sign-in form. */
  private MockHttpServletResponse page(String user, String path) throws Exception {
    return mvc.perform(get(path).session(signIn(user))).andReturn().getResponse();
  }

  private MockHttpSession signIn(String user) throws Exception {
    MockHttpSession session = new MockHttpSession();
    String form =
        mvc.perform(get("/web/sign-in").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher token = WebSecurityTest.CSRF.matcher(form);
    assertThat(token.find()).as("a CSRF token on the sign-in form").isTrue();
    var signedIn =
        mvc.perform(
                post("/web/sign-in")
                    .session(session)
                    .param("username", user)
                    .param("password", user + "-demo")
                    .param("_csrf", token.group(1)))
            .andReturn();
    assertThat(signedIn.getResponse().getRedirectedUrl()).endsWith("/web");
    return (MockHttpSession) signedIn.getRequest().getSession(false);
  }
}
