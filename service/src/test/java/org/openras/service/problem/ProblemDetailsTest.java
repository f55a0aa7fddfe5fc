package org.openras.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Each kind of bad input gets an RFC 9457 problem detail naming the field; never internals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsTest {
  static final String PERSON =
      "\"person\": {\"dateOfBirth\": \"1950-01-01\", \"primarySupportReason\": \"MENTAL_HEALTH\"}";
  static final String NEEDS =
      "\"needs\": {\"personal-care\": 2, \"eating-and-drinking\": 1,"
          + " \"physical-and-mental-wellbeing\": 2, \"relationships\": 1,"
          + " \"community-work-and-learning\": 1, \"making-decisions\": 0, \"staying-safe\": 1,"
          + " \"communication\": 0, \"home-and-daily-living\": 1, \"family-carer-support\": 0}";

  @LocalServerPort int port;

  /** A valid request on a date, with extra members appended (each starting with a comma). */
  static String request(String date, String extra) {
    return "{\"personRef\": \"T-1\", \"assessmentDate\": \""
        + date
        + "\", "
        + PERSON
        + ", "
        + NEEDS
        + extra
        + "}";
  }

  static String request(String extra) {
    return request("2025-06-02", extra);
  }

  JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = Json.mapper().readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asString()).isNotBlank();
    return body;
  }

  JsonNode badField(String body, String field) {
    JsonNode problem = problem(new Http(port).postJson(body), 400);
    assertThat(problem.get("type").asString()).isEqualTo("urn:openras:problem:invalid-request");
    List<String> fields =
        problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    assertThat(fields).contains(field);
    return problem
        .get("errors")
        .valueStream()
        .filter(e -> e.get("field").asString().equals(field))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theValidRequestTheseTestsBreakIsValid() {
    assertThat(new Http(port).postJson(request("")).statusCode()).isEqualTo(200);
  }

  @Test
  void anUnknownDomainIsNamed() {
    String body = request("").replace("\"relationships\"", "\"friendships\"");
    assertThat(badField(body, "needs.friendships").get("problem").asString())
        .contains("unknown domain");
  }

  @Test
  void anAnswerLevelAboveTheTopLevelIsNamed() {
    String body = request("").replace("\"personal-care\": 2", "\"personal-care\": 9");
    assertThat(badField(body, "needs.personal-care").get("problem").asString())
        .contains("out of range");
  }

  @Test
  void aNegativeAnswerLevelIsNamed() {
    String body = request("").replace("\"personal-care\": 2", "\"personal-care\": -1");
    assertThat(badField(body, "needs.personal-care").get("problem").asString())
        .contains("out of range");
  }

  @Test
  void aFractionalAnswerLevelIsRefusedNotTruncated() {
    String body = request("").replace("\"personal-care\": 2", "\"personal-care\": 2.5");
    assertThat(badField(body, "needs.personal-care").get("problem").asString())
        .contains("whole number");
  }

  @Test
  void anInformalSupportShareAboveOneIsNamed() {
    String body = request(", \"informalSupport\": {\"personal-care\": 1.01}");
    assertThat(badField(body, "informalSupport.personal-care").get("problem").asString())
        .contains("between 0 and 1");
  }

  @Test
  void aNegativeInformalSupportShareIsNamed() {
    String body = request(", \"informalSupport\": {\"staying-safe\": -0.1}");
    assertThat(badField(body, "informalSupport.staying-safe").get("problem").asString())
        .contains("between 0 and 1");
  }

  @Test
  void everyBadFieldIsNamedNotJustTheFirst() {
    String body =
        request(", \"informalSupport\": {\"personal-care\": 2}")
            .replace("\"personal-care\": 2,", "\"personal-care\": 7,");
    JsonNode problem = problem(new Http(port).postJson(body), 400);
    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
        .contains("needs.personal-care", "informalSupport.personal-care");
  }

  @Test
  void aMalformedAssessmentDateIsNamed() {
    assertThat(badField(request("2025-02-30", ""), "assessmentDate").get("problem").asString())
        .contains("yyyy-MM-dd");
  }

  @Test
  void aMalformedDateOfBirthIsNamedByItsPath() {
    String body = request("").replace("1950-01-01", "01/01/1950");
    assertThat(badField(body, "person.dateOfBirth").get("problem").asString())
        .contains("yyyy-MM-dd");
  }

  // The request has no money field yet (finances come later): a malformed number stands in here,
  // and BindingErrorsTest checks that a malformed Money value is named by its path.
  @Test
  void aMalformedNumberIsNamed() {
    String body = request(", \"informalSupport\": {\"personal-care\": \"a quarter\"}");
    assertThat(badField(body, "informalSupport.personal-care").get("problem").asString())
        .contains("is not a number");
  }

  @Test
  void anUnknownFieldIsNamedWithTheFieldsThatExist() {
    String body = request(", \"nhsNumber\": \"943 476 5919\"");
    assertThat(badField(body, "nhsNumber").get("problem").asString())
        .contains("not a field", "personRef", "needs");
  }

  @Test
  void anUnknownNestedFieldIsNamedByItsPath() {
    String body = request("").replace("\"dateOfBirth\"", "\"gender\": \"F\", \"dateOfBirth\"");
    badField(body, "person.gender");
  }

  @Test
  void aValueOfTheWrongTypeIsNamed() {
    String body = request("").replace("\"personal-care\": 2", "\"personal-care\": [2]");
    assertThat(badField(body, "needs.personal-care").get("problem").asString())
        .contains("whole number");
  }

  @Test
  void anObjectGivenAsAListIsNamed() {
    String body = request(", \"ruleSetVersions\": [\"2025-04-01\"]");
    badField(body, "ruleSetVersions");
  }

  @Test
  void anUnknownSupportReasonIsNamedWithTheReasonsThatExist() {
    String body = request("").replace("MENTAL_HEALTH", "MENTAL");
    assertThat(badField(body, "person.primarySupportReason").get("problem").asString())
        .contains("MENTAL_HEALTH", "LEARNING_DISABILITY");
  }

  @Test
  void malformedJsonIsReportedOnTheBody() {
    String body = request("").substring(0, 60);
    assertThat(badField(body, "body").get("problem").asString()).contains("not valid JSON");
  }

  @Test
  void anEmptyBodyIsReportedOnTheBody() {
    badField("", "body");
  }

  @Test
  void aMissingFieldIsNamed() {
    String body = request("").replace("\"personRef\": \"T-1\", ", "");
    assertThat(badField(body, "personRef").get("problem").asString()).contains("required");
  }

  @Test
  void aDateNoVersionCoversIsUnprocessableAndNamesAreaDateAndPeriods() {
    JsonNode problem = problem(new Http(port).postJson(request("2019-06-02", "")), 422);
    assertThat(problem.get("type").asString()).isEqualTo("urn:openras:problem:no-rule-set");
    assertThat(problem.get("area").asString()).isEqualTo("ras");
    assertThat(problem.get("date").asString()).isEqualTo("2019-06-02");
    assertThat(problem.has("pinnedVersion")).as("no value: left out").isFalse();
    // The periods name the versions selected by date: 2025-04-01-staged, not the 2025-04-01 it
    // supersedes for all its days (docs/adr/0016).
    assertThat(problem.get("periods").valueStream().map(p -> p.get("version").asString()))
        .containsExactly("2024-04-01", "2025-04-01-staged");
    assertThat(problem.get("periods").get(0).get("from").asString()).isEqualTo("2024-04-01");
    assertThat(problem.get("detail").asString()).contains("ras", "2019-06-02", "2024-04-01");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("assessmentDate");
  }

  @Test
  void aPinnedVersionNotCoveringTheDateIsUnprocessable() {
    String body = request(", \"ruleSetVersions\": {\"ras\": \"2024-04-01\"}");
    JsonNode problem = problem(new Http(port).postJson(body), 422);
    assertThat(problem.get("pinnedVersion").asString()).isEqualTo("2024-04-01");
    assertThat(problem.get("date").asString()).isEqualTo("2025-06-02");
    assertThat(problem.get("periods").size()).isGreaterThanOrEqualTo(2);
    assertThat(problem.get("errors").get(0).get("field").asString())
        .isEqualTo("ruleSetVersions.ras");
  }

  @Test
  void aPinnedVersionThatDoesNotExistIsUnprocessable() {
    String body = request(", \"ruleSetVersions\": {\"ras\": \"1999-04-01\"}");
    assertThat(problem(new Http(port).postJson(body), 422).get("detail").asString())
        .contains("1999-04-01");
  }

  @Test
  void aBodyThatIsNotJsonIsUnsupportedMediaType() {
    problem(new Http(port).post(Http.CALCULATIONS, request(""), "text/plain"), 415);
  }

  @Test
  void aPutOnTheCalculationsIsMethodNotAllowed() {
    // (GET lists the caller's own calculations since issue 21.)
    problem(
        new Http(port)
            .send(
                java.net.http.HttpRequest.newBuilder()
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json"),
                Http.CALCULATIONS),
        405);
  }

  @Test
  void anUnknownPathIsNotFound() {
    problem(new Http(port).get("/api/v1/nothing-here"), 404);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("unknown domain", request("").replace("\"relationships\"", "\"x\"")),
        Arguments.of("level out of range", request("").replace(": 2,", ": 99,")),
        Arguments.of("share", request(", \"informalSupport\": {\"personal-care\": 3}")),
        Arguments.of("bad date", request("2025-99-99", "")),
        Arguments.of("bad number", request(", \"informalSupport\": {\"personal-care\": \"x\"}")),
        Arguments.of("unknown field", request(", \"surname\": \"Smith\"")),
        Arguments.of("wrong type", request("").replace("\"T-1\"", "{\"id\": 1}")),
        Arguments.of("malformed JSON", "{\"personRef\": "),
        Arguments.of("trailing JSON", request("") + " {}"),
        Arguments.of("no version", request("1995-01-01", "")),
        Arguments.of("pinned", request(", \"ruleSetVersions\": {\"ras\": \"2024-04-01\"}")),
        Arguments.of("unknown area", request(", \"ruleSetVersions\": {\"tax\": \"2025\"}")),
        Arguments.of("null body", "null"),
        Arguments.of("list body", "[]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void noErrorResponseCarriesInternals(String what, String body) {
    HttpResponse<String> response = new Http(port).postJson(body);
    assertThat(response.statusCode()).as(what).isBetween(400, 499);
    Leaks.assertNone(response.body());
  }

  @Test
  void noSpringErrorResponseCarriesInternals() {
    Leaks.assertNone(new Http(port).get(Http.CALCULATIONS).body());
    Leaks.assertNone(new Http(port).get("/x").body());
    Leaks.assertNone(new Http(port).post(Http.CALCULATIONS, "a", "text/plain").body());
  }
}
