package org.openras.service.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.seeds.importer.ColumnMapping;
import org.openras.seeds.importer.CsvImporter;
import org.openras.service.Http;
import org.openras.service.Multipart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A council's CSV export with its column mapping, sent to {@code POST /api/v1/caseloads} as
 * multipart/form-data: kept like a JSON Lines upload when every row is good, refused with every
 * problem by line and column (and nothing kept) when not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvCaseloadEndpointTest {
  static final Path MAPPINGS = Path.of("..", "seeds", "mappings");
  static final Path MAPPING = MAPPINGS.resolve("client-level-data.yaml");
  static final Path BAD_ROWS = MAPPINGS.resolve("example-council.csv");
  static final Path GOOD_ROWS =
      Path.of("src", "test", "resources", "caseloads", "example-council-fixed.csv");
  static final String CASELOADS = "/api/v1/caseloads";

  @LocalServerPort int port;

  @Value("${openras.data.dir}")
  Path dataDir;

  private Http finance() {
    return new Http(port, "finance");
  }

  private static Multipart csvAndMapping(Path csv, Path mapping) throws IOException {
    return new Multipart()
        .file("csv", csv.getFileName().toString(), Files.readAllBytes(csv))
        .file("mapping", mapping.getFileName().toString(), Files.readAllBytes(mapping));
  }

  private static JsonNode json(HttpResponse<String> response) {
    return Json.mapper().readTree(response.body());
  }

  @Autowired JdbcTemplate jdbc;

  /** The caseloads kept, in the database (docs/adr/0019). */
  private Set<String> kept() {
    return Set.copyOf(jdbc.queryForList("SELECT id FROM caseload", String.class));
  }

  @Test
  void aGoodExportIsKeptByTheHashOfItsLinesAndCanBeRun() throws Exception {
    HttpResponse<String> response =
        finance().postMultipart(CASELOADS, csvAndMapping(GOOD_ROWS, MAPPING));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode kept = json(response);
    assertThat(kept.get("lines").asLong()).isEqualTo(6);

    // The id is the SHA-256 of the lines `openras import` writes from the same files.
    StringWriter lines = new StringWriter();
    new CsvImporter(ColumnMapping.load(MAPPING))
        .run(new StringReader(Files.readString(GOOD_ROWS)), lines, p -> {});
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(kept.get("id").asString()).isEqualTo(sha);
    assertThat(response.headers().firstValue("Location")).hasValue(CASELOADS + "/" + sha);
    assertThat(finance().get(CASELOADS + "/" + sha).statusCode()).isEqualTo(200);

    HttpResponse<String> started =
        finance()
            .post(
                "/api/v1/scenarios",
                "{\"caseload\": {\"id\": \""
                    + sha
                    + "\"}, \"baseline\": {\"date\": \"2025-06-02\"},"
                    + " \"candidate\": {\"date\": \"2025-11-03\"}}",
                "application/json");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
  }

  @Test
  void aPartSentWithoutAFileNameCountsToo() throws Exception {
    Multipart body =
        new Multipart()
            .file("csv", null, Files.readAllBytes(GOOD_ROWS))
            .file("mapping", null, Files.readAllBytes(MAPPING));
    HttpResponse<String> response = finance().postMultipart(CASELOADS, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  @Test
  void badRowsAreEachNamedByLineAndColumnAndNothingIsKept() throws Exception {
    Set<String> before = kept();
    HttpResponse<String> response =
        finance().postMultipart(CASELOADS, csvAndMapping(BAD_ROWS, MAPPING));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:openras:problem:caseload-not-imported");
    assertThat(problem.get("detail").asString())
        .isEqualTo(
            "3 of 6 rows have problems, so nothing was kept: fix them in the export and send it"
                + " again");
    assertThat(problem.get("rowsRead").asLong()).isEqualTo(6);
    assertThat(problem.get("rowsRejected").asLong()).isEqualTo(3);
    assertThat(problem.get("problemCount").asLong()).isEqualTo(4);
    assertThat(problem.get("errors").values())
        .extracting(e -> e.get("field").asString())
        .containsExactly(
            "csv line 5, column Event_Start_Date",
            "csv line 6, column Primary_Support_Reason",
            "csv line 7, column RAS_Eating_And_Drinking",
            "csv line 7, column Carer_Share_Personal_Care");
    assertThat(problem.at("/errors/0/problem").asString())
        .isEqualTo("'not a date' is not a date in the mapping's format");
    assertThat(kept()).isEqualTo(before);
  }

  @Test
  void aMappingThatIsNotYamlOrLacksAColumnIsNamed() throws Exception {
    HttpResponse<String> broken =
        finance()
            .postMultipart(
                CASELOADS,
                new Multipart()
                    .file("csv", "export.csv", Files.readAllBytes(GOOD_ROWS))
                    .file(
                        "mapping",
                        "mapping.yaml",
                        "columns:\n  personRef: A\n   assessmentDate: B\n"
                            .getBytes(StandardCharsets.UTF_8)));
    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(422);
    JsonNode error = json(broken).at("/errors/0");
    assertThat(error.get("field").asString()).isEqualTo("mapping");
    assertThat(error.get("problem").asString())
        .isEqualTo("is not valid YAML (line 3, column 18): mapping values are not allowed here");

    String withoutPersonRef =
        Files.readString(MAPPING).replace("  personRef: LA_Person_Unique_Identifier", "");
    HttpResponse<String> lacking =
        finance()
            .postMultipart(
                CASELOADS,
                new Multipart()
                    .file("csv", "export.csv", Files.readAllBytes(GOOD_ROWS))
                    .file(
                        "mapping",
                        "mapping.yaml",
                        withoutPersonRef.getBytes(StandardCharsets.UTF_8)));
    assertThat(lacking.statusCode()).as(lacking.body()).isEqualTo(422);
    assertThat(json(lacking).get("errors").values())
        .extracting(e -> e.get("field").asString() + " " + e.get("problem").asString())
        .containsExactly("mapping columns.personRef is missing: name the CSV column that holds it");
    assertThat(broken.body() + lacking.body())
        .doesNotContain("tools.jackson")
        .doesNotContain("Exception");
  }

  @Test
  void aHeaderOnlyExportHasNoRows() throws Exception {
    String header = Files.readString(GOOD_ROWS).lines().findFirst().orElseThrow() + "\n";
    HttpResponse<String> response =
        finance()
            .postMultipart(
                CASELOADS,
                new Multipart()
                    .file("csv", "export.csv", header.getBytes(StandardCharsets.UTF_8))
                    .file("mapping", "mapping.yaml", Files.readAllBytes(MAPPING)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(json(response).at("/errors/0/field").asString()).isEqualTo("csv");
    assertThat(json(response).at("/errors/0/problem").asString())
        .isEqualTo("has no rows: it has only its header line");
  }

  @Test
  void aMissingPartIsNamed() throws Exception {
    HttpResponse<String> noMapping =
        finance()
            .postMultipart(
                CASELOADS,
                new Multipart().file("csv", "export.csv", Files.readAllBytes(GOOD_ROWS)));
    assertThat(noMapping.statusCode()).as(noMapping.body()).isEqualTo(400);
    assertThat(json(noMapping).get("errors").values())
        .extracting(e -> e.get("field").asString())
        .containsExactly("mapping");

    HttpResponse<String> neither =
        finance().postMultipart(CASELOADS, new Multipart().field("note", "no files"));
    assertThat(neither.statusCode()).as(neither.body()).isEqualTo(400);
    assertThat(json(neither).get("errors").values())
        .extracting(e -> e.get("field").asString())
        .containsExactly("csv", "mapping");
  }

  @Test
  void aMultipartBodyThatCannotBeReadIsTheCallersFault() {
    HttpResponse<String> response = finance().post(CASELOADS, "garbage", "multipart/form-data");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(json(response).at("/errors/0/field").asString()).isEqualTo("body");
  }

  @Test
  void theOpenApiDescribesEachBodyAsItsOwnOperation() {
    JsonNode paths = json(finance().get("/v3/api-docs")).at("/paths");
    JsonNode lines = paths.at("/~1api~1v1~1caseloads/post");
    assertThat(lines.at("/requestBody/content").propertyNames())
        .containsExactly("application/x-ndjson");
    JsonNode post = paths.at("/~1api~1v1~1caseloads~1csv/post");
    assertThat(post.at("/requestBody/content").propertyNames())
        .containsExactly("multipart/form-data");
    assertThat(
            post.at("/requestBody/content/multipart~1form-data/schema/properties").propertyNames())
        .containsExactly("csv", "mapping");
    assertThat(post.at("/responses").propertyNames()).contains("201", "400", "413", "422");
  }

  @Test
  void onlyFinanceMayKeepAnExport() throws Exception {
    for (String user : List.of("assessor", "policy", "auditor")) {
      HttpResponse<String> refused =
          new Http(port, user).postMultipart(CASELOADS, csvAndMapping(GOOD_ROWS, MAPPING));
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(json(refused).get("type").asString()).isEqualTo("urn:openras:problem:forbidden");
    }
    assertThat(
            Http.anonymous(port)
                .postMultipart(CASELOADS, csvAndMapping(GOOD_ROWS, MAPPING))
                .statusCode())
        .isEqualTo(401);
  }
}
