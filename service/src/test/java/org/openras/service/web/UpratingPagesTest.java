package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The figures form over HTTP: a first day that is not a date is refused on the version's page;
 * every bad field of the figures form is named in the error summary, linking to its field, and
 * nothing is saved; a threshold that is not a number is named too. Never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UpratingPagesTest extends PagesOverHttp {
  static final String SOURCE = "/web/policy/contributions/2015-04-01";

  @BeforeEach
  void signInAsPolicy() throws Exception {
    signIn("policy");
  }

  @Test
  void aFirstDayThatIsNotADateIsRefusedOnTheVersionsPage() throws Exception {
    String token = token(get(SOURCE).body());
    var answer =
        post(
            SOURCE + "/uprating",
            "effectiveFrom.day=31&effectiveFrom.month=2&effectiveFrom.year=2033&_csrf="
                + enc(token));
    assertThat(answer.statusCode()).isEqualTo(302);
    var page = get(SOURCE);
    assertThat(page.body())
        .contains("govuk-error-summary")
        .contains("href=\"#effectiveFrom\"")
        .contains("must be a real date");
  }

  @Test
  void everyBadFieldOfTheFiguresFormIsNamedAndNothingIsSaved() throws Exception {
    String token = token(get(SOURCE).body());
    var started =
        post(
            SOURCE + "/uprating",
            "effectiveFrom.day=6&effectiveFrom.month=4&effectiveFrom.year=2033&_csrf="
                + enc(token));
    assertThat(started.statusCode()).isEqualTo(302);
    assertThat(started.headers().firstValue("Location").orElseThrow())
        .endsWith("/web/policy/contributions/2033-04-06/figures");
    String figures = "/web/policy/contributions/2033-04-06/figures";
    var page = get(figures);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Next year&#39;s figures: 2033/34");

    var refused =
        post(
            figures,
            "circularUrl=ftp%3A%2F%2Fx"
                + "&value.migPersonalAmount.SINGLE_18_24=ninety&marker.migPersonalAmount.SINGLE_18_24=R"
                + "&value.disabilityPremium.SINGLE=50.50"
                + "&carry.migPersonalAmount.COUPLE_18_PLUS_EACH=true"
                + "&value.carerPremium=55.00&marker.carerPremium=R&note.carerPremium="
                + "x".repeat(501)
                + "&_csrf="
                + enc(token(page.body())));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("<title>Error: ")
        .contains("href=\"#circularUrl\"")
        .contains("href=\"#value.migPersonalAmount.SINGLE_18_24\"")
        .contains("href=\"#marker.disabilityPremium.SINGLE\"")
        .contains("href=\"#carry.migPersonalAmount.COUPLE_18_PLUS_EACH\"")
        .contains("href=\"#note.carerPremium\"")
        .contains("Minimum Income Guarantee personal amount, single person aged 18 to 24")
        .contains("value=\"ninety\"");
    assertThat(get(figures).body()).doesNotContain("value=\"50.50\"");

    var threshold = get(figures + "?threshold=lots");
    assertThat(threshold.statusCode()).isEqualTo(200);
    assertThat(threshold.body()).contains("href=\"#threshold\"");
    assertThat(get("/web/policy/contributions/2099-04-06/figures").statusCode()).isEqualTo(404);
  }
}
