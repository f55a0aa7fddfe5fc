package org.openras.seeds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PolicyCommandTest {
  static final Path RULES = Path.of("..", "rules").toAbsolutePath().normalize();

  @TempDir Path dir;

  private record Run(int exit, String out) {}

  private static Run run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new OpenRasCli()).execute(args);
      return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
    }
  }

  @Test
  void aValidVersionExitsZeroAndABrokenOneExitsOne() throws IOException {
    Run ok = run("policy", "validate", RULES.resolve("ras/2024-04-01").toString());
    assertThat(ok.exit()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("ras/2024-04-01: valid (0 errors, 0 warnings)");

    Path copy = dir.resolve("ras/2024-04-01");
    try (Stream<Path> files = Files.walk(RULES.resolve("ras/2024-04-01"))) {
      for (Path f : files.toList()) {
        Path to = copy.resolve(RULES.resolve("ras/2024-04-01").relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Path params = copy.resolve("parameters.yaml");
    Files.writeString(params, Files.readString(params).replaceFirst("  period: week\n", ""));
    Run broken = run("policy", "validate", copy.toString());
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.out())
        .contains("ERROR ras/2024-04-01/parameters.yaml:4: parameter 'pricePerPoint' has no period")
        .contains("NOT valid (1 error");
  }

  @Test
  void testingAVersionPrintsEachCaseAndTheCounts() {
    Run r = run("policy", "test", "ras/2025-04-01", "--rules", RULES.toString());
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out())
        .contains("PASS ")
        .containsPattern("ras/2025-04-01: \\d+ cases, \\d+ passed, 0 failed");
  }

  @Test
  void diffPrintsTheChangesInWords() {
    Run r = run("policy", "diff", "ras", "2024-04-01", "2025-04-01", "--rules", RULES.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(
            "~ Weekly price of one point for learning disability support £7.20 → £7.50 a week")
        .contains("Rules: unchanged");
  }
}
