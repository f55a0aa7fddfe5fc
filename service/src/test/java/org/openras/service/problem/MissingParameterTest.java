package org.openras.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A figure a calculation needs that the rule set does not have is told as 422 naming the parameter,
 * never guessed and never a 500. The shipped contributions rules lack the couple rates of the
 * Minimum Income Guarantee after 2021/22 on purpose (no source was found for it); a version with a
 * figure missing where every case needs one is refused by validation before it is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissingParameterTest {
  @LocalServerPort int port;

  @Test
  void aMissingFigureIsUnprocessableAndNamesTheParameter() {
    String body =
        "{\"personRef\": \"T-1\", \"assessmentDate\": \"2024-06-03\", \"person\": {\"dateOfBirth\":"
            + " \"1960-01-01\", \"primarySupportReason\": \"PHYSICAL_PERSONAL_CARE\", \"household\":"
            + " {\"type\": \"COUPLE\", \"partnerDateOfBirth\": \"1981-01-01\"}}, \"finances\":"
            + " {\"capital\": \"0\", \"weeklyIncome\": {\"STATE_PENSION\": \"100.00\"}}, "
            + ProblemDetailsTest.NEEDS
            + "}";

    var response = new Http(port).postJson(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:openras:problem:missing-parameter");
    assertThat(problem.get("parameter").asString()).contains("COUPLE");
    assertThat(problem.get("area").asString()).isEqualTo("contributions");
    // The correction of 2015-04-01 (docs/adr/0006) answers for 2024 by date.
    assertThat(problem.get("version").asString()).isEqualTo("2015-04-01-corrected");
    assertThat(problem.get("date").asString()).isEqualTo("2024-06-03");
    assertThat(problem.get("chargingYear").asString()).isEqualTo("2024/25");
    assertThat(problem.get("whatWouldSupplyIt").asString())
        .contains("a policy officer publishing a contributions version with this figure");
    assertThat(problem.get("detail").asString()).contains("2024/25 charging year");
    Leaks.assertNone(response.body());
  }
}
