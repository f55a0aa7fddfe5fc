package org.openras.seeds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.calibration.RulesCopy;
import org.openras.engine.yaml.Yaml;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code openras policy uprate}: the file to fill, then the draft folder from it. */
class UprateCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new OpenRasCli()).execute(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void theOfficerFillsTheTemplateAndGetsAValidDraftWhoseCasesPass() throws IOException {
    Path rules = dir.resolve("rules");
    RulesCopy.copy(PolicyCommandTest.RULES, rules);
    Path sheet = dir.resolve("figures.yaml");
    String[] base = {
      "policy", "uprate", "contributions", "--rules", rules.toString(), "--on", "2026-06-01"
    };

    Run template = run(concat(base, "--template", sheet.toString()));
    assertThat(template.exit()).as(template.err()).isZero();
    assertThat(Files.readString(sheet))
        .contains("migPersonalAmount.SINGLE_25_TO_PENSION_AGE")
        .contains("241.45 [D] from 2026-04-06");

    fill(sheet, Map.of("migPersonalAmount.SINGLE_18_24", "ninety"));
    Run bad = run(concat(base, "--figures", sheet.toString()));
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("figures[migPersonalAmount.SINGLE_18_24].value");
    assertThat(rules.resolve("contributions/2027-04-06")).doesNotExist();

    fill(
        sheet,
        Map.of(
            "migPersonalAmount.SINGLE_18_24", "98.30",
            "migPersonalAmount.SINGLE_25_TO_PENSION_AGE", "114.40",
            "migPersonalAmount.SINGLE_PENSION_AGE", "250.40",
            "disabilityPremium.SINGLE", "50.50",
            "lowerCapitalLimit", "carry",
            "upperCapitalLimit", "carry"));
    Run ok = run(concat(base, "--figures", sheet.toString()));
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out())
        .contains("migPersonalAmount.SINGLE_PENSION_AGE: 241.45 -> 250.40 +£8.95 (+3.7%)")
        .contains("carerPremium: absent -> absent [missing]")
        .contains("lowerCapitalLimit: 14250.00 -> 14250.00 £0.00 (0.0%) [unchanged]");
    Path draft = rules.resolve("contributions/2027-04-06");
    assertThat(draft.resolve("parameters.yaml")).exists();

    Run valid = run("policy", "validate", draft.toString());
    assertThat(valid.exit()).as(valid.out()).isZero();
    Run cases = run("policy", "test", "contributions/2027-04-06", "--rules", rules.toString());
    assertThat(cases.exit()).as(cases.out()).isZero();
  }

  private static void fill(Path sheet, Map<String, String> values) throws IOException {
    JsonNode root = Yaml.mapper().readTree(Files.readString(sheet));
    for (JsonNode f : root.get("figures")) {
      String v = values.get(f.get("id").asString());
      if ("carry".equals(v)) {
        ((ObjectNode) f).put("carry", true);
      } else if (v != null) {
        ((ObjectNode) f).put("value", v).put("marker", "R");
      }
    }
    Files.writeString(sheet, Yaml.mapper().writeValueAsString(root));
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
