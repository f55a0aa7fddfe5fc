package org.openras.seeds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
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

    Path copy = copyOf("ras/2024-04-01");
    Path params = copy.resolve("parameters.yaml");
    Files.writeString(params, Files.readString(params).replaceFirst("  period: week\n", ""));
    Run broken = run("policy", "validate", copy.toString());
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.out())
        .contains("ERROR ras/2024-04-01/parameters.yaml:4: parameter 'pricePerPoint' has no period")
        .contains("NOT valid (1 error");
  }

  /**
   * A copy of a shipped version in a rules folder of its own, with the bibliography at its root.
   */
  private Path copyOf(String version) throws IOException {
    Path copy = dir.resolve(version);
    if (!Files.exists(dir.resolve("sources.yaml"))) {
      Files.copy(RULES.resolve("sources.yaml"), dir.resolve("sources.yaml"));
    }
    try (Stream<Path> files = Files.walk(RULES.resolve(version))) {
      for (Path f : files.toList()) {
        Path to = copy.resolve(RULES.resolve(version).relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    return copy;
  }

  @Test
  void citeRewritesACopiedVersionsCitationsToSourceIdsAndListsWhatItCannot() throws IOException {
    Path copy = copyOf("eligibility/2015-04-01");
    Path drl = copy.resolve("Adult.drl");
    Run dry = run("policy", "cite", "--dry-run", copy.toString());
    assertThat(dry.exit()).as(dry.out()).isZero();
    assertThat(dry.out())
        .contains("REWROTE eligibility/2015-04-01/Adult.drl:")
        .contains("\"SI 2015/313 reg 2(1)(a)\" -> \"eligibility-regs-2015 reg 2(1)(a)\"")
        .containsPattern(
            "eligibility/2015-04-01: \\d+ citations rewritten, 0 left to cite by hand");
    assertThat(Files.readString(drl)).contains("@source(\"SI 2015/313 reg 2(1)(a)\")");

    Files.writeString(
        drl,
        Files.readString(drl)
            .replaceFirst(
                Pattern.quote("@source(\"SI 2015/313 reg 2(1)(c)\")"),
                "@source(\"The regulations, somewhere\")"));
    Run wrote = run("policy", "cite", copy.toString());
    assertThat(wrote.exit()).isEqualTo(1);
    assertThat(wrote.out())
        .contains("LEFT eligibility/2015-04-01/Adult.drl:")
        .contains("1 left to cite by hand");
    assertThat(Files.readString(drl))
        .contains("@source(\"eligibility-regs-2015 reg 2(1)(a)\")")
        .contains("@source(\"The regulations, somewhere\")");
    Run validate = run("policy", "validate", copy.toString());
    assertThat(validate.out())
        .contains("ERROR eligibility/2015-04-01/Adult.drl:92: rule \"ELIG-040 ")
        .contains("cites \"The regulations, somewhere\"")
        .contains("NOT valid");
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
