package org.openras.seeds.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openras.engine.measures.BudgetManagement;
import org.openras.engine.measures.ClientType;
import org.openras.engine.measures.SupportSetting;

/** A council's register imports through its mapping; every bad line is named with its column. */
class RegisterImporterTest {
  static final Path REGISTERS = Path.of("registers");

  @Test
  void theExampleRegisterImportsAndItsTwoBadRowsAreNamed() throws IOException {
    RegisterMapping mapping = RegisterMapping.load(REGISTERS.resolve("torbay-example.yaml"));
    String csv = Files.readString(REGISTERS.resolve("torbay-example.csv"));
    RegisterImporter.Outcome o = new RegisterImporter(mapping).run(new StringReader(csv));
    long rows = csv.lines().count() - 1;
    assertThat(o.rows()).isEqualTo(rows);
    assertThat(o.lines()).hasSize((int) rows - 2);
    assertThat(o.problems())
        .extracting(ImportProblem::line, ImportProblem::column)
        .containsExactly(tuple(rows, "DOB"), tuple(rows + 1, "Budget_Type"));
    assertThat(o.problems().get(1).problem())
        .isEqualTo("'VOUCHER' is not a value the mapping knows; add it under managementCodes");
    assertThat(o.lines()).extracting(r -> r.clientType()).contains(ClientType.CARER);
  }

  @Test
  void optionalColumnsDefaultAndCodesAreReadIgnoringCase() throws IOException {
    String csv =
        """
        personRef,dateOfBirth,management,start
        A1,1950-01-01,direct payment only,2024-04-01
        A2,1950-01-01,no_personal_budget,2024-04-01
        """;
    var o = new RegisterImporter(RegisterMapping.plain()).run(new StringReader(csv));
    assertThat(o.problems()).isEmpty();
    assertThat(o.lines()).hasSize(2);
    assertThat(o.lines().get(0).management()).isEqualTo(BudgetManagement.DIRECT_PAYMENT);
    assertThat(o.lines().get(0).setting()).isEqualTo(SupportSetting.COMMUNITY);
    assertThat(o.lines().get(0).clientType()).isEqualTo(ClientType.SERVICE_USER);
    assertThat(o.lines().get(0).end()).isNull();
    assertThat(o.lines().get(1).start()).isEqualTo(LocalDate.of(2024, 4, 1));
  }

  @Test
  void aMissingColumnAnEndBeforeTheStartAndABlankReferenceAreNamed() throws IOException {
    var missing =
        new RegisterImporter(RegisterMapping.plain())
            .run(new StringReader("personRef,dateOfBirth,start\nA,1950-01-01,2024-01-01\n"));
    assertThat(missing.problems())
        .extracting(ImportProblem::line, ImportProblem::column)
        .containsExactly(tuple(1L, "management"));
    String csv =
        """
        personRef,dateOfBirth,management,start,end
        ,1950-01-01,DIRECT_PAYMENT,2024-04-01,
        B,1950-01-01,DIRECT_PAYMENT,2024-04-01,2024-03-01
        """;
    var o = new RegisterImporter(RegisterMapping.plain()).run(new StringReader(csv));
    assertThat(o.lines()).isEmpty();
    assertThat(o.problems())
        .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::problem)
        .containsExactly(
            tuple(2L, "personRef", "is empty"),
            tuple(3L, "end", "ends before it starts (2024-04-01)"));
  }
}
