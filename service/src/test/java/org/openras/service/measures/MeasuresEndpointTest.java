package org.openras.service.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Multipart;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The example register through the API: kept with its two bad rows named, counted against Torbay's
 * milestones, listed person by person, downloaded as CSV, deleted; and each refusal as a problem
 * naming its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasuresEndpointTest {
  static final Path REGISTERS = Path.of("..", "seeds", "registers");
  static final Path CSV = REGISTERS.resolve("torbay-example.csv");
  static final Path MAPPING = REGISTERS.resolve("torbay-example.yaml");

  @LocalServerPort int port;

  static Multipart example() throws IOException {
    return new Multipart()
        .field("name", "Torbay example")
        .file("csv", "torbay-example.csv", Files.readAllBytes(CSV))
        .file("mapping", "torbay-example.yaml", Files.readAllBytes(MAPPING));
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.mapper().readTree(r.body());
  }

  String keep(Http who) throws IOException {
    HttpResponse<String> r = who.postMultipart("/api/v1/registers", example());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("register").get("id").asString();
  }

  @Test
  void theExampleRegisterIsCountedAgainstTorbaysMilestones() throws IOException {
    Http finance = new Http(port, "finance");
    HttpResponse<String> kept = finance.postMultipart("/api/v1/registers", example());
    assertThat(kept.statusCode()).isEqualTo(201);
    JsonNode k = json(kept);
    assertThat(k.get("rowsRead").asLong()).isEqualTo(376);
    assertThat(k.get("register").get("lines").asLong()).isEqualTo(374);
    assertThat(k.get("problems")).hasSize(2);
    assertThat(k.get("problems").get(1).get("column").asString()).isEqualTo("Budget_Type");
    String id = k.get("register").get("id").asString();
    assertThat(kept.headers().firstValue("Location")).hasValue("/api/v1/registers/" + id);

    HttpResponse<String> r =
        finance.get(
            "/api/v1/registers/"
                + id
                + "/measures?from=2011-04-01&to=2013-03-31&period=QUARTER&council=torbay");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = json(r);
    assertThat(report.get("periods")).hasSize(8);
    JsonNode pb = measure(report, "personal-budget-people");
    JsonNode q4 = pb.get("figures").get(3);
    assertThat(q4.get("period").get("label").asString())
        .isEqualTo("Q4 2011/12 (January to March 2012)");
    assertThat(q4.get("percent").asString()).isEqualTo("74.1");
    assertThat(q4.get("numerator").asLong()).isEqualTo(120);
    assertThat(q4.get("denominator").asLong()).isEqualTo(162);
    assertThat(q4.get("version").asString()).isEqualTo("measures/councils/torbay/2011-04-01");
    // the national measures are not defined before April 2014
    assertThat(measure(report, "sds-people")).isNull();
    JsonNode milestones = report.get("milestones");
    assertThat(milestones).hasSize(3);
    assertThat(milestones.get(0).get("status").asString()).isEqualTo("MISSED");
    assertThat(milestones.get(0).get("gap").asString()).isEqualTo("-10.9");
    assertThat(milestones.get(1).get("status").asString()).isEqualTo("MET");

    HttpResponse<String> people =
        new Http(port, "policy")
            .get(
                "/api/v1/registers/"
                    + id
                    + "/measures/personal-budget-people/people?day=2012-03-31&period=QUARTER&council=torbay");
    assertThat(people.statusCode()).as(people.body()).isEqualTo(200);
    JsonNode p = json(people);
    assertThat(p.get("numerator").asLong()).isEqualTo(120);
    long counted = 0;
    for (JsonNode person : p.get("people")) {
      if (person.get("counted").asString().equals("numerator")) {
        counted++;
      }
      assertThat(person.get("why").asString()).isNotBlank();
    }
    assertThat(counted).isEqualTo(120);

    HttpResponse<String> csv =
        finance.get(
            "/api/v1/registers/"
                + id
                + "/measures?from=2011-04-01&to=2013-03-31&period=YEAR&council=torbay&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst().orElse(""))
        .isEqualTo(
            "measure,title,period,start,end,client_group,numerator,denominator,percent,code,version,source");
    assertThat(csv.body())
        .contains(
            "personal-budget-people,Adults with a personal budget,2011/12,2011-04-01,2012-03-31,All,120,162,74.1");

    HttpResponse<String> gone =
        finance.send(HttpRequest.newBuilder().DELETE(), "/api/v1/registers/" + id);
    assertThat(gone.statusCode()).isEqualTo(204);
    assertThat(finance.get("/api/v1/registers/" + id).statusCode()).isEqualTo(404);
  }

  static JsonNode measure(JsonNode report, String id) {
    for (JsonNode m : report.get("measures")) {
      if (m.get("measure").asString().equals(id)) {
        return m;
      }
    }
    return null;
  }

  @Test
  void refusalsNameTheirField() throws IOException {
    Http finance = new Http(port, "finance");
    String id = keep(finance);
    HttpResponse<String> backwards =
        finance.get("/api/v1/registers/" + id + "/measures?from=2013-04-01&to=2011-03-31");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(backwards.body()).contains("\"to\"").contains("is before from");
    HttpResponse<String> council =
        finance.get(
            "/api/v1/registers/" + id + "/measures?from=2011-04-01&to=2012-03-31&council=nowhere");
    assertThat(council.statusCode()).isEqualTo(400);
    assertThat(council.body()).contains("\"council\"");
    HttpResponse<String> tooMany =
        finance.get(
            "/api/v1/registers/" + id + "/measures?from=1990-04-01&to=2026-03-31&period=MONTH");
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("\"period\"");
    HttpResponse<String> badPeriod =
        finance.get(
            "/api/v1/registers/" + id + "/measures?from=2011-04-01&to=2012-03-31&period=WEEK");
    assertThat(badPeriod.statusCode()).isEqualTo(400);
    assertThat(badPeriod.body()).contains("period");
    HttpResponse<String> undefined =
        finance.get("/api/v1/registers/" + id + "/measures/sds-people/people?day=2012-03-31");
    assertThat(undefined.statusCode()).isEqualTo(400);
    assertThat(undefined.body())
        .contains("\"measure\"")
        .contains("not defined for a period ending 2012-03-31");
    assertThat(
            finance
                .get("/api/v1/registers/not-an-id/measures?from=2011-04-01&to=2012-03-31")
                .statusCode())
        .isEqualTo(404);

    HttpResponse<String> noCsv =
        finance.postMultipart("/api/v1/registers", new Multipart().field("name", "x"));
    assertThat(noCsv.statusCode()).isEqualTo(400);
    assertThat(noCsv.body()).contains("\"csv\"");
    HttpResponse<String> allBad =
        finance.postMultipart(
            "/api/v1/registers",
            new Multipart()
                .file(
                    "csv",
                    "r.csv",
                    "personRef,dateOfBirth,management,start\nA,1950-13-01,DIRECT_PAYMENT,2024-01-01\n"
                        .getBytes()));
    assertThat(allBad.statusCode()).isEqualTo(422);
    assertThat(allBad.body()).contains("register-not-imported").contains("line 2: dateOfBirth");
    HttpResponse<String> badMapping =
        finance.postMultipart(
            "/api/v1/registers",
            new Multipart()
                .file("csv", "r.csv", Files.readAllBytes(CSV))
                .file("mapping", "m.yaml", "columns: [not, a, map]".getBytes()));
    assertThat(badMapping.statusCode()).isEqualTo(400);
    assertThat(badMapping.body()).contains("\"mapping\"");
  }

  @Test
  void theDefinitionsAndPlansAreServed() {
    HttpResponse<String> r = new Http(port, "policy").get("/api/v1/measures");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("ASCOF 3D part 1a")
        .contains("85% have a personal budget by April 2012");
  }
}
