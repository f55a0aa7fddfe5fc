package org.openras.seeds.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.request.PrimarySupportReason;

/** A council CSV imports through the Client Level Data mapping; bad rows are named by line. */
class CsvImporterTest {
  static final Path MAPPINGS = Path.of("mappings");

  private static CsvImporter.Outcome run(String csv, StringWriter out, List<ImportProblem> seen)
      throws IOException {
    ColumnMapping mapping = ColumnMapping.load(MAPPINGS.resolve("client-level-data.yaml"));
    return new CsvImporter(mapping).run(new StringReader(csv), out, seen::add);
  }

  @Test
  void goodRowsBecomeCaseloadLinesAndBadRowsAreReportedByLine() throws IOException {
    StringWriter out = new StringWriter();
    List<ImportProblem> seen = new ArrayList<>();
    var outcome = run(Files.readString(MAPPINGS.resolve("example-council.csv")), out, seen);
    assertThat(outcome.rows()).isEqualTo(6);
    assertThat(outcome.written()).isEqualTo(3);
    assertThat(seen).isEqualTo(outcome.problems());
    assertThat(seen)
        .extracting(ImportProblem::line, ImportProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5L, "Event_Start_Date"),
            org.assertj.core.groups.Tuple.tuple(6L, "Primary_Support_Reason"),
            org.assertj.core.groups.Tuple.tuple(7L, "RAS_Eating_And_Drinking"),
            org.assertj.core.groups.Tuple.tuple(7L, "Carer_Share_Personal_Care"));
    List<CaseloadEntry> entries = out.toString().lines().map(CaseloadLines::parse).toList();
    assertThat(entries.get(0).actualWeeklyCost().toString()).isEqualTo("312.40");
    assertThat(entries.get(1).request().informalSupport().get("home-and-daily-living"))
        .isEqualByComparingTo("0.50");
    assertThat(entries.get(2).request().person().primarySupportReason())
        .isEqualTo(PrimarySupportReason.MEMORY_AND_COGNITION);
    assertThat(entries.get(2).actualWeeklyCost()).isNull();
  }

  @Test
  void aMissingColumnIsReportedOnTheHeaderLineAndNothingIsWritten() throws IOException {
    StringWriter out = new StringWriter();
    List<ImportProblem> seen = new ArrayList<>();
    var outcome = run("LA_Person_Unique_Identifier,Date_of_Birth\nX-1,1950-01-01\n", out, seen);
    assertThat(outcome.written()).isZero();
    assertThat(seen).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
    assertThat(seen)
        .extracting(ImportProblem::column)
        .contains("Event_Start_Date", "RAS_Personal_Care");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theOutcomeCanKeepFewerProblemsThanItReports() throws IOException {
    ColumnMapping mapping =
        ColumnMapping.read(Files.readString(MAPPINGS.resolve("client-level-data.yaml")));
    List<ImportProblem> seen = new ArrayList<>();
    var outcome =
        new CsvImporter(mapping)
            .run(
                new StringReader(Files.readString(MAPPINGS.resolve("example-council.csv"))),
                new StringWriter(),
                seen::add,
                3);
    assertThat(seen).hasSize(4);
    assertThat(outcome.problems()).containsExactlyElementsOf(seen.subList(0, 3));
    assertThat(outcome.rows() - outcome.written()).isEqualTo(3);
  }
}
