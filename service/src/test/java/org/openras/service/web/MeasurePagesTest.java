package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openras.service.Multipart;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The measures pages over HTTP: a finance officer keeps the example register and reads Torbay's
 * milestones; a policy officer lists a figure person by person and downloads it; an assessor is
 * refused; a bad question is answered on the page, naming the field; a register is deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasurePagesTest {
  static final Path REGISTERS = Path.of("..", "seeds", "registers");
  static final Pattern REGISTER = Pattern.compile("/web/measures/registers/([0-9a-f-]{36})");

  @LocalServerPort int port;

  static Multipart example() throws Exception {
    return new Multipart()
        .field("name", "Torbay example")
        .file(
            "csv",
            "torbay-example.csv",
            Files.readAllBytes(REGISTERS.resolve("torbay-example.csv")))
        .file(
            "mapping",
            "torbay-example.yaml",
            Files.readAllBytes(REGISTERS.resolve("torbay-example.yaml")));
  }

  String keep(WebSession web) throws Exception {
    HttpResponse<String> kept =
        web.postMultipart("/web/measures", "/web/measures/registers", example());
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(302);
    Matcher m = REGISTER.matcher(kept.headers().firstValue("Location").orElseThrow());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void aFinanceOfficerKeepsARegisterAndReadsTheMilestones() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("finance");
    assertThat(web.get("/web").body()).contains("/web/measures");
    String id = keep(web);
    HttpResponse<String> page = web.get("/web/measures/registers/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html)
        .contains("374 of 376 rows kept.")
        .contains(
            "Line 377, column Budget_Type: &#39;VOUCHER&#39; is not a value the mapping knows")
        .contains("85% have a personal budget by April 2012")
        .contains("Missed: 74.1% in Q4 2011/12 (January to March 2012) against a target of 85%")
        .contains("Adults with a personal budget")
        .contains("<svg")
        .contains("Q4 2011/12 (January to March 2012)")
        .containsPattern(
            "374 lines, kept by finance on \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2}[ap]m;");
    assertThat(web.get("/web/measures").body()).contains("Torbay example");
  }

  @Test
  void aPolicyOfficerListsAFigurePersonByPersonAndDownloadsIt() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("policy");
    String id = keep(web);
    String people =
        web.get(
                "/web/measures/registers/"
                    + id
                    + "/people?measure=personal-budget-people&day=2012-03-31&period=QUARTER&council=torbay")
            .body();
    assertThat(people)
        .contains("74.1%: 120 of 162 people counted.")
        .contains("Counted in the numerator and the denominator: has a direct payment.")
        .contains("Not counted: no support was open on 31 March 2012.")
        .contains("Torbay Care Trust");
    HttpResponse<String> csv =
        web.get(
            "/web/measures/registers/"
                + id
                + "/people.csv?measure=personal-budget-people&day=2012-03-31&period=QUARTER&council=torbay");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines().findFirst().orElse(""))
        .isEqualTo("person_ref,client_type,client_group,counted,why");
    HttpResponse<String> all =
        web.get(
            "/web/measures/registers/"
                + id
                + "/measures.csv?from.day=1&from.month=4&from.year=2011&to.day=31&to.month=3&to.year=2013&period=YEAR&council=torbay");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains("personal-budget-people,Adults with a personal budget,2011/12");
  }

  @Test
  void aBadQuestionIsAnsweredOnThePageNamingTheField() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("finance");
    String id = keep(web);
    String backwards =
        web.get(
                "/web/measures/registers/"
                    + id
                    + "?from.day=1&from.month=4&from.year=2013&to.day=31&to.month=3&to.year=2011&period=QUARTER")
            .body();
    assertThat(backwards)
        .contains("There is a problem")
        .contains("href=\"#to\"")
        .contains("The last day must be the same as or after the first day");
    String notADate =
        web.get(
                "/web/measures/registers/"
                    + id
                    + "?from.day=31&from.month=2&from.year=2013&to.day=31&to.month=3&to.year=2014&period=QUARTER")
            .body();
    assertThat(notADate).contains("The first day must be a real date");
    HttpResponse<String> undefined =
        web.get("/web/measures/registers/" + id + "/people?measure=sds-people&day=2012-03-31");
    assertThat(undefined.statusCode()).isEqualTo(400);
    assertThat(undefined.body()).contains("is not defined for a period ending 2012-03-31");
    HttpResponse<String> gone =
        web.get("/web/measures/registers/00000000-0000-0000-0000-000000000000");
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.body()).contains("Page not found");
    HttpResponse<String> noFile =
        web.postMultipart(
            "/web/measures", "/web/measures/registers", new Multipart().field("name", "x"));
    assertThat(noFile.body()).contains("Select the council&#39;s export (a CSV file)");
  }

  @Test
  void aRegisterIsDeletedOnRequestAndAnAssessorIsRefused() throws Exception {
    WebSession web = new WebSession(port);
    web.signIn("finance");
    String id = keep(web);
    HttpResponse<String> deleted =
        web.post("/web/measures", "/web/measures/registers/" + id + "/delete", Map.of());
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(web.get("/web/measures").body()).contains("Register “Torbay example” deleted.");
    assertThat(web.get("/web/measures/registers/" + id).statusCode()).isEqualTo(404);

    WebSession assessor = new WebSession(port);
    assessor.signIn("assessor");
    assertThat(assessor.get("/web/measures").statusCode()).isEqualTo(403);
    assertThat(assessor.get("/web").body()).doesNotContain("/web/measures");
  }
}
