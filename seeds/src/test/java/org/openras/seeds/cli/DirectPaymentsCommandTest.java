package org.openras.seeds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DirectPaymentsCommandTest {
  static final Path RULES = Path.of("..", "rules").toAbsolutePath().normalize();

  @Test
  void theExampleExportIsReviewedLineByLine() {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      exit =
          new CommandLine(new OpenRasCli())
              .execute(
                  "direct-payments",
                  "--csv",
                  "mappings/dp-statements-example.csv",
                  "--mapping",
                  "mappings/dp-statements.yaml",
                  "--rules",
                  RULES.toString());
    } finally {
      System.setOut(saved);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(out).isZero();
    assertThat(out)
        .contains("2\tDP-0001\t2026-09-30\tno\t920.00\t0.00\t2027-01-15\t2026-10-28")
        .contains("4\tDP-0003\t2026-09-30\tyes\t1370.37\t0.00\t-\t-");
  }
}
