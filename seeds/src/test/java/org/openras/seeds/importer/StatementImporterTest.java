package org.openras.seeds.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openras.engine.directpayment.CommitmentKind;
import org.openras.engine.money.Money;

class StatementImporterTest {
  private static final Path MAPPING = Path.of("mappings", "dp-statements.yaml");

  @Test
  void theExampleExportIsReadWhole() throws Exception {
    var outcome =
        new StatementImporter(StatementMapping.load(MAPPING))
            .run(Files.newBufferedReader(Path.of("mappings", "dp-statements-example.csv")));
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.taken()).hasSize(4);
    var died = outcome.taken().get(2).request();
    assertThat(died.dateOfDeath()).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(died.commitments())
        .extracting(c -> c.kind())
        .containsExactlyInAnyOrder(
            CommitmentKind.WAGES, CommitmentKind.HOLIDAY_PAY, CommitmentKind.NOTICE_PAY);
    assertThat(outcome.taken().get(3).request().openingBalance()).isEqualTo(Money.parse("1200.00"));
    assertThat(outcome.taken().get(3).line()).isEqualTo(5);
  }

  @Test
  void everyBadLineIsNamedWithItsLineAndColumn() throws Exception {
    String csv =
        String.join(
            "\n",
            "Card account,Council,From,To,Weekly DP,Opening balance,Council loads,Client contribution"
                + " due,Client contribution paid,Payments out,Closing balance,PA wages owed,Holiday pay"
                + " accrued,Employer NI and pension owed,Agency invoices outstanding,Notice"
                + " pay,Redundancy pay,Date of death,First payment,Last review",
            "A1,,01/09/2026,30/09/2026,200.00,100.00,800.00,0,0,700.00,200.00,,,,,,,,,",
            "A2,,31/09/2026,30/09/2026,200.00,100.00,800.00,0,0,700.00,200.00,,,,,,,,,",
            "A3,,01/09/2026,30/09/2026,lots,100.00,800.00,0,0,700.00,200.00,,,,,,,,,",
            "A4,,01/09/2026,30/09/2026,200.00,100.00,800.00,0,0,700.00,999.00,,,,,,,,,",
            "A5,,01/09/2026,30/09/2026,200.00,100.00,800.00,0,0,700.00,200.00,,,,,,,01/10/2026,,",
            ",,01/09/2026,30/09/2026,200.00,,800.00,0,0,700.00,200.00,,,,,,,,,");
    var outcome = new StatementImporter(StatementMapping.load(MAPPING)).run(new StringReader(csv));
    assertThat(outcome.rows()).isEqualTo(6);
    assertThat(outcome.taken()).extracting(StatementImporter.Row::line).containsExactly(2L);
    assertThat(outcome.problems())
        .extracting(p -> p.line() + " " + p.column())
        .containsExactly(
            "3 From",
            "4 Weekly DP",
            "5 Closing balance",
            "6 Date of death",
            "7 Card account",
            "7 Opening balance");
  }

  @Test
  void aMappingNamingAColumnTheFileLacksIsRefusedAtLineOne() throws Exception {
    var outcome =
        new StatementImporter(StatementMapping.load(MAPPING))
            .run(new StringReader("Card account,From\nA1,01/09/2026\n"));
    assertThat(outcome.taken()).isEmpty();
    assertThat(outcome.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
    assertThat(outcome.problems()).extracting(ImportProblem::column).contains("Weekly DP");
  }
}
