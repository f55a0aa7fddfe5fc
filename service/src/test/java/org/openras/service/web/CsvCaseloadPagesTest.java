package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openras.service.Multipart;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A finance officer uploads a council's CSV export with its column-mapping file on the scenario and
 * calibration pages: a good export is kept (and named as a kept caseload, as an upload is) and the
 * scenario starts; a bad one keeps nothing and the GOV.UK error summary lists the rows rejected,
 * each problem by line and column, linked to the field to fix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvCaseloadPagesTest {
  static final String NEW = "/web/finance/scenarios/new";
  static final String SCENARIOS = "/web/finance/scenarios";
  static final Path MAPPING = Path.of("..", "seeds", "mappings", "client-level-data.yaml");
  static final Path BAD_ROWS = Path.of("..", "seeds", "mappings", "example-council.csv");
  static final Path GOOD_ROWS =
      Path.of("src", "test", "resources", "caseloads", "example-council-fixed.csv");
  private static final Pattern SUMMARY_LINK =
      Pattern.compile("<li><a href=\"(#[^\"]+)\">([^<]*)</a>");

  @LocalServerPort int port;

  @Value("${openras.data.dir}")
  Path dataDir;

  WebSession web;

  @BeforeEach
  void signedInAsFinance() throws Exception {
    web = new WebSession(port);
    web.signIn("finance");
  }

  /** A scenario form with a CSV upload: the files given (a null name: no file chosen). */
  private HttpResponse<String> scenario(
      String csvName, byte[] csv, String mappingName, byte[] mapping) throws Exception {
    Multipart form =
        new Multipart()
            .field("source", "upload")
            .field("baselineDate.day", "2")
            .field("baselineDate.month", "6")
            .field("baselineDate.year", "2025")
            .field("candidateDate.day", "3")
            .field("candidateDate.month", "11")
            .field("candidateDate.year", "2025")
            .file("file", csvName == null ? "" : csvName, csv == null ? new byte[0] : csv)
            .file(
                "mapping",
                mappingName == null ? "" : mappingName,
                mapping == null ? new byte[0] : mapping);
    return web.postMultipart(NEW, SCENARIOS, form);
  }

  /** The error summary's entries, each as "#field text". */
  private static List<String> summary(String html) {
    List<String> out = new ArrayList<>();
    String box = html.substring(Math.max(0, html.indexOf("govuk-error-summary")));
    box = box.substring(0, Math.max(0, box.indexOf("</ul>")));
    Matcher m = SUMMARY_LINK.matcher(box);
    while (m.find()) {
      out.add(m.group(1) + " " + m.group(2).replace("&#39;", "'").replace("&quot;", "\""));
    }
    return out;
  }

  private Set<String> kept() throws IOException {
    Path folder = dataDir.resolve("caseloads");
    if (!Files.isDirectory(folder)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return Set.copyOf(files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aGoodExportIsKeptAndTheScenarioStarts() throws Exception {
    var started =
        scenario(
            "export.csv",
            Files.readAllBytes(GOOD_ROWS),
            "client-level-data.yaml",
            Files.readAllBytes(MAPPING));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
    String progress = started.headers().firstValue("Location").orElseThrow();
    assertThat(progress).matches(".*/web/finance/scenarios/[0-9a-f-]{36}(\\?refresh=off)?$");
    assertThat(web.get(progress).statusCode()).isEqualTo(200);
  }

  @Test
  void aGoodExportWithABadFieldIsNamedAsAKeptCaseload() throws Exception {
    Multipart form =
        new Multipart()
            .field("source", "upload")
            .field("candidateDate.day", "30")
            .field("candidateDate.month", "2")
            .field("candidateDate.year", "2025")
            .file("file", "export.csv", Files.readAllBytes(GOOD_ROWS))
            .file("mapping", "client-level-data.yaml", Files.readAllBytes(MAPPING));
    var page = web.postMultipart(NEW, SCENARIOS, form);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "Your CSV file “export.csv” was read through its column mapping and kept (6 lines)")
        .containsPattern("<option value=\"[0-9a-f]{64}\" selected")
        .containsPattern("id=\"source-kept\"[^>]*checked");
    assertThat(summary(page.body()))
        .singleElement()
        .asString()
        .startsWith("#candidateDate Candidate date must be a real date");
  }

  @Test
  void badRowsAreListedByLineAndColumnAndNothingIsKept() throws Exception {
    Set<String> before = kept();
    var page =
        scenario(
            "example-council.csv",
            Files.readAllBytes(BAD_ROWS),
            "client-level-data.yaml",
            Files.readAllBytes(MAPPING));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Error: ");
    assertThat(summary(page.body()))
        .containsExactly(
            "#file 3 of the 6 rows in the CSV file have problems, so nothing was kept: fix them in"
                + " the export and upload it again",
            "#file Line 5, column Event_Start_Date: 'not a date' is not a date in the mapping's"
                + " format",
            "#file Line 6, column Primary_Support_Reason: 'Unknown reason' is not a primary"
                + " support reason the mapping knows; add it under primarySupportReasonCodes",
            "#file Line 7, column RAS_Eating_And_Drinking: 'x' is not a whole-number answer level",
            "#file Line 7, column Carer_Share_Personal_Care: '1.5' is not a share between 0 and 1"
                + " (or 0% and 100%)");
    assertThat(page.body()).contains("id=\"file-error\"").doesNotContain("kept as caseload");
    assertThat(kept()).isEqualTo(before);
  }

  @Test
  void manyBadRowsListTheFirstTwenty() throws Exception {
    StringBuilder csv =
        new StringBuilder(Files.readString(GOOD_ROWS).lines().findFirst().orElseThrow());
    String row = Files.readString(BAD_ROWS).lines().skip(4).findFirst().orElseThrow(); // EX-0004
    for (int i = 0; i < 30; i++) {
      csv.append('\n').append(row);
    }
    var page =
        scenario(
            "export.csv",
            csv.toString().getBytes(StandardCharsets.UTF_8),
            "mapping.yml",
            Files.readAllBytes(MAPPING));
    List<String> listed = summary(page.body());
    assertThat(listed).hasSize(21);
    assertThat(listed.get(0))
        .isEqualTo(
            "#file 30 of the 30 rows in the CSV file have problems, so nothing was kept: fix them"
                + " in the export and upload it again (the first 20 of 30 problems are listed)");
    assertThat(listed.get(20)).startsWith("#file Line 21, column Event_Start_Date: ");
  }

  @Test
  void aCsvWithoutItsMappingIsNamedOnTheMappingField() throws Exception {
    var page = scenario("export.csv", Files.readAllBytes(GOOD_ROWS), null, null);
    assertThat(summary(page.body()))
        .containsExactly("#mapping Select the column-mapping file for the CSV file");
    assertThat(page.body()).contains("id=\"mapping-error\"");
    // Told by its first character, whatever its name.
    var named = scenario("export.txt", Files.readAllBytes(GOOD_ROWS), null, null);
    assertThat(summary(named.body()))
        .containsExactly("#mapping Select the column-mapping file for the CSV file");
  }

  @Test
  void aBrokenMappingSaysWhatIsWrongOnTheMappingField() throws Exception {
    byte[] csv = Files.readAllBytes(GOOD_ROWS);
    var notYaml =
        scenario(
            "export.csv",
            csv,
            "mapping.yaml",
            "columns:\n  personRef: A\n   assessmentDate: B\n".getBytes(StandardCharsets.UTF_8));
    assertThat(notYaml.statusCode()).isEqualTo(200);
    assertThat(summary(notYaml.body()))
        .containsExactly(
            "#mapping The column-mapping file is not valid YAML (line 3, column 18): mapping values"
                + " are not allowed here");

    String lacking =
        Files.readString(MAPPING)
            .replace("  personRef: LA_Person_Unique_Identifier", "")
            .replace("dateFormat: \"yyyy-MM-dd\"", "dateFormat: \"yyyy-bb-dd\"");
    var missing =
        scenario("export.csv", csv, "mapping.yaml", lacking.getBytes(StandardCharsets.UTF_8));
    assertThat(summary(missing.body()))
        .containsExactly(
            "#mapping In the column-mapping file, columns.personRef is missing: name the CSV"
                + " column that holds it",
            "#mapping In the column-mapping file, dateFormat is \"yyyy-bb-dd\", which is not a date"
                + " pattern (Unknown pattern letter: b); write one such as dd/MM/yyyy, or leave it"
                + " out for yyyy-MM-dd");

    String wrongCode = Files.readString(MAPPING).replace(": MENTAL_HEALTH", ": MENTAL_ILLNESS");
    var code =
        scenario("export.csv", csv, "mapping.yaml", wrongCode.getBytes(StandardCharsets.UTF_8));
    assertThat(summary(code.body()))
        .singleElement()
        .asString()
        .startsWith(
            "#mapping In the column-mapping file, primarySupportReasonCodes.Mental Health Support"
                + " is \"MENTAL_ILLNESS\" (line ")
        .contains("which is not one of [LEARNING_DISABILITY, ");
    assertThat(notYaml.body() + missing.body() + code.body())
        .doesNotContain("Exception")
        .doesNotContain("tools.jackson")
        .doesNotContain("at org.");
  }

  @Test
  void aHeaderOnlyExportHasNoRows() throws Exception {
    String header = Files.readString(GOOD_ROWS).lines().findFirst().orElseThrow() + "\r\n";
    var page =
        scenario(
            "export.csv",
            header.getBytes(StandardCharsets.UTF_8),
            "mapping.yaml",
            Files.readAllBytes(MAPPING));
    assertThat(summary(page.body()))
        .containsExactly("#file The CSV file has no rows: it has only its header line");
  }

  @Test
  void anExportLackingAMappedColumnNamesIt() throws Exception {
    String csv = Files.readString(GOOD_ROWS).replace("RAS_Home,", "RAS_House,");
    var page =
        scenario(
            "export.csv",
            csv.getBytes(StandardCharsets.UTF_8),
            "mapping.yaml",
            Files.readAllBytes(MAPPING));
    assertThat(summary(page.body()))
        .containsExactly(
            "#file The CSV file's header line lacks columns the column-mapping file names, so"
                + " nothing was kept",
            "#file Line 1, column RAS_Home: the mapping names this column but the file has none");
  }

  @Test
  void anExportSavedByASpreadsheetWithAByteOrderMarkIsRead() throws Exception {
    byte[] good = Files.readAllBytes(GOOD_ROWS);
    byte[] marked = new byte[good.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(good, 0, marked, 3, good.length);
    var started = scenario("export.csv", marked, "mapping.yaml", Files.readAllBytes(MAPPING));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(302);

    byte[] latin1 = Files.readString(GOOD_ROWS).getBytes(StandardCharsets.ISO_8859_1);
    var notUtf8 = scenario("export.csv", latin1, "mapping.yaml", Files.readAllBytes(MAPPING));
    assertThat(summary(notUtf8.body()))
        .containsExactly(
            "#file The CSV file is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\""
                + " and send it again");
  }

  @Test
  void aCalibrationCohortMayBeACsvExportToo() throws Exception {
    Multipart form =
        new Multipart()
            .field("source", "upload")
            .field("method", "ratio")
            .file("file", "example-council.csv", Files.readAllBytes(BAD_ROWS))
            .file("mapping", "client-level-data.yaml", Files.readAllBytes(MAPPING));
    var page =
        web.postMultipart("/web/finance/calibrations/new", "/web/finance/calibrations", form);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(summary(page.body()))
        .hasSize(5)
        .first()
        .asString()
        .startsWith("#file 3 of the 6 rows in the CSV file have problems");
  }
}
