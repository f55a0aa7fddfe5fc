package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The pages' chain: sign-in by form with a CSRF token, assessment pages for assessors only, and
 * GOV.UK Frontend's files open without an HTTP Basic challenge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityTest extends PagesOverHttp {

  @Test
  void nobodyIsSentToSignInAndGovukFilesAreOpen() throws Exception {
    var page = get("/web/assessments/new");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/web/sign-in");
    var css = get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(get("/favicon.ico").headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void signingInWithoutTheFormsTokenIsRefused() throws Exception {
    get("/web/sign-in");
    var answer = post("/web/sign-in", "username=assessor&password=assessor-demo");
    assertThat(answer.statusCode()).isEqualTo(403);
  }

  @Test
  void aBrowserRefusedAPageGetsAGovukPageAndAProgramAProblemDetail() throws Exception {
    signIn("finance");
    var refused = getPage("/web/assessments/new");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(refused.body())
        .contains("You cannot use this page")
        .contains("govuk-header")
        .doesNotContain("Whitelabel", "Exception", "\"status\"");
    // Not a browser, or not a page: the problem detail, as before.
    var program = get("/web/assessments/new");
    assertThat(program.statusCode()).isEqualTo(403);
    assertThat(program.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    var api = getPage("/api/v1/no-such-endpoint");
    assertThat(api.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void anAssessorMayAssessAndAFinanceOfficerMayNot() throws Exception {
    assertThat(signIn("assessor").headers().firstValue("Location").orElseThrow()).endsWith("/web");
    assertThat(get("/web/assessments/new").statusCode()).isEqualTo(200);
    newBrowser();
    signIn("finance");
    assertThat(get("/web").statusCode()).isEqualTo(200);
    assertThat(get("/web/assessments/new").statusCode()).isEqualTo(403);
  }

  /** Next year's figures (issue 16): every method of the new pages is a policy officer's. */
  @Test
  void onlyAPolicyOfficerMayStartOrEnterNextYearsFigures() throws Exception {
    String version = "/web/policy/contributions/2015-04-01";
    for (String user : new String[] {"assessor", "finance", "auditor"}) {
      newBrowser();
      signIn(user);
      String token = token(get("/web").body());
      assertThat(get(version + "/figures").statusCode()).as(user).isEqualTo(403);
      assertThat(post(version + "/figures", "_csrf=" + enc(token)).statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(post(version + "/uprating", "_csrf=" + enc(token)).statusCode())
          .as(user)
          .isEqualTo(403);
    }
    newBrowser();
    signIn("policy");
    // Allowed: 2015-04-01 is not an uprating draft, so its figures page is "page not found".
    assertThat(get(version + "/figures").statusCode()).isEqualTo(404);
  }

  /** Agreed budgets (issue 23): the panel's pages are a panel member's, every method. */
  @Test
  void onlyAPanelMemberMayUseThePanelsPages() throws Exception {
    String some = "/web/panel/00000000-0000-0000-0000-000000000000";
    for (String user : new String[] {"assessor", "finance", "policy", "auditor"}) {
      newBrowser();
      signIn(user);
      String token = token(get("/web").body());
      assertThat(get("/web/panel").statusCode()).as(user).isEqualTo(403);
      assertThat(post(some + "/approval", "_csrf=" + enc(token)).statusCode())
          .as(user)
          .isEqualTo(403);
    }
    newBrowser();
    signIn("panel");
    assertThat(get("/web/panel").statusCode()).isEqualTo(200);
    assertThat(get(some).statusCode()).isEqualTo(404);
    assertThat(get("/web/audit/agreed-budgets").statusCode()).isEqualTo(403);
    assertThat(get("/web/assessments/new").statusCode()).isEqualTo(403);
  }

  /**
   * Four-eyes publishing and transparency records (docs/adr/0028): every method of the new pages is
   * a policy officer's.
   */
  @Test
  void onlyAPolicyOfficerMayProposeApproveOrReadATransparencyRecordPage() throws Exception {
    String none = "/web/policy/proposals/00000000-0000-0000-0000-000000000000";
    String transparency = "/web/policy/ras/2025-04-01/transparency";
    for (String user : new String[] {"assessor", "finance", "auditor"}) {
      newBrowser();
      signIn(user);
      String token = "_csrf=" + enc(token(get("/web").body()));
      for (String page : new String[] {"/web/policy/proposals", none, transparency}) {
        assertThat(get(page).statusCode()).as(user + " " + page).isEqualTo(403);
      }
      for (String action :
          new String[] {
            "/web/policy/ras/2025-04-01/proposals", none + "/approval", none + "/rejection"
          }) {
        assertThat(post(action, token).statusCode()).as(user + " " + action).isEqualTo(403);
      }
    }
    newBrowser();
    signIn("policy");
    assertThat(get("/web/policy/proposals").statusCode()).isEqualTo(200);
    assertThat(get(none).statusCode()).isEqualTo(404);
    assertThat(get(transparency).statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordReturnsToSignInWithAnError() throws Exception {
    String token = token(get("/web/sign-in").body());
    var answer = post("/web/sign-in", "username=assessor&password=wrong&_csrf=" + enc(token));
    assertThat(answer.headers().firstValue("Location").orElseThrow())
        .endsWith("/web/sign-in?error");
  }
}
