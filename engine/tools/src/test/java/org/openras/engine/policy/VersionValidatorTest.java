package org.openras.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.engine.policy.BrokenVersions.copyArea;
import static org.openras.engine.policy.BrokenVersions.lineOf;
import static org.openras.engine.policy.BrokenVersions.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.TestRules;
import org.openras.engine.policy.Finding.Severity;

class VersionValidatorTest {
  @TempDir Path store;

  private Path ras24() {
    return copyArea(store, "ras").resolve("ras/2024-04-01");
  }

  private static List<Finding> errors(Path folder) {
    return VersionValidator.validate(folder).findings().stream().filter(Finding::isError).toList();
  }

  @Test
  void everyShippedVersionIsValidWithWarningsOnlyForFiguresNotRetrieved() throws IOException {
    try (Stream<Path> manifests = Files.walk(TestRules.DIR, 4)) {
      List<Path> folders =
          manifests
              .filter(p -> p.getFileName().toString().equals("ruleset.yaml"))
              .filter(p -> !TestRules.DIR.relativize(p).startsWith("src"))
              .filter(p -> !TestRules.DIR.relativize(p).startsWith("target"))
              .map(Path::getParent)
              .toList();
      assertThat(folders).hasSizeGreaterThanOrEqualTo(8);
      for (Path folder : folders) {
        Validation v = VersionValidator.validate(folder);
        assertThat(v.passed()).as(v.text()).isTrue();
        // The brief gives no figure for these years: the gap is reported, never filled.
        assertThat(v.findings())
            .as(v.text())
            .allSatisfy(
                f -> assertThat(f.message()).containsAnyOf("has no value from", "has no url"));
      }
    }
  }

  @Test
  void aRuleWithoutAnIdIsNamedWithItsLine() {
    Path v = ras24();
    Path drl = v.resolve("Ras.drl");
    int line = lineOf(drl, "rule \"RAS-021 ");
    replace(drl, "rule \"RAS-021 A domain", "rule \"A domain");
    assertThat(errors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("ras/2024-04-01/Ras.drl");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message()).contains("has no id");
              assertThat(f.whatToDo()).contains("stable id");
            });
  }

  @Test
  void aRuleWithoutASourceIsNamedWithItsLine() {
    Path v = ras24();
    Path drl = v.resolve("Ras.drl");
    int line = lineOf(drl, "rule \"RAS-030 ");
    String source = Files.exists(drl) ? sourceLineAfter(drl, line) : null;
    replace(drl, source, "");
    assertThat(errors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("ras/2024-04-01/Ras.drl");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message()).contains("RAS-030").contains("has no @source");
              assertThat(f.whatToDo()).contains("@source(");
            });
  }

  private static String sourceLineAfter(Path drl, int line) {
    try {
      return Files.readAllLines(drl).get(line) + "\n";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aRuleNamedByAnIdAloneIsNotASentence() {
    Path v = ras24();
    Path drl = v.resolve("Ras.drl");
    replace(
        drl,
        "rule \"RAS-021 A domain without unpaid support keeps its points\"",
        "rule \"RAS-021 keeps\"");
    assertThat(errors(v))
        .extracting(Finding::message)
        .containsExactly("rule \"RAS-021 keeps\" is not named by a sentence");
  }

  @Test
  void aParameterWithoutAUnitIsNamedWithTheLineOfItsKey() {
    Path v = ras24();
    Path params = v.resolve("parameters.yaml");
    int line = lineOf(params, "floor:");
    replace(
        params,
        "Lowest weekly indicative budget given when any points are scored\n  unit: GBP\n",
        "Lowest weekly indicative budget given when any points are scored\n");
    assertThat(errors(v))
        .singleElement()
        .isEqualTo(
            Finding.error(
                "ras/2024-04-01/parameters.yaml",
                line,
                "parameter 'floor' has no unit",
                "add 'unit:' (GBP, share, factor, points, weeks, years ...)"));
  }

  @Test
  void aParameterWithoutAPeriodOrReferenceIsFound() {
    Path v = ras24();
    Path params = v.resolve("parameters.yaml");
    int line = lineOf(params, "weeksPerYear:");
    replace(
        params,
        "  unit: weeks\n  period: year\n  reference:\n    title: \"Illustrative: 365 days / 7 = 52.143 weeks; councils also use 52 or 52.14\"\n",
        "  unit: weeks\n");
    assertThat(errors(v))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(line, "parameter 'weeksPerYear' has no period"),
            org.assertj.core.groups.Tuple.tuple(line, "parameter 'weeksPerYear' has no reference"));
  }

  @Test
  void aMissingClientGroupPriceIsAnErrorNamingIt() {
    Path v = ras24();
    Path params = v.resolve("parameters.yaml");
    int line = lineOf(params, "    2024-04-01:");
    replace(params, "      MENTAL_HEALTH: {value: \"4.80\", marker: I}\n", "");
    assertThat(errors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message())
                  .isEqualTo(
                      "parameter 'pricePerPoint' on 2024-04-01 has no value for MENTAL_HEALTH (Mental health support)");
              assertThat(f.whatToDo())
                  .contains("add 'MENTAL_HEALTH: {value: ..., marker: ...}' under 2024-04-01");
            });
  }

  @Test
  void anUnknownClientGroupKeyIsAnError() {
    Path v = ras24();
    Path params = v.resolve("parameters.yaml");
    int line = lineOf(params, "SOCIAL_ASYLUM_SEEKER:");
    replace(params, "SOCIAL_ASYLUM_SEEKER:", "SOCIAL_ASYLUM:");
    assertThat(errors(v))
        .extracting(Finding::line, Finding::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                line,
                "parameter 'pricePerPoint' on 2024-04-01 has key 'SOCIAL_ASYLUM', which is not a primary support reason"));
  }

  @Test
  void anOverlappingPeriodNamesBothVersionsAndTheDay() {
    Path v = withoutStaged(copyArea(store, "ras")).resolve("ras/2025-04-01");
    Path manifest = v.resolve("ruleset.yaml");
    replace(
        manifest,
        "effectiveFrom: 2025-04-01",
        "effectiveFrom: 2025-04-01\neffectiveTo: 2025-12-31");
    replace(
        store.resolve("ras/2024-04-01/ruleset.yaml"),
        "allowsGaps: false",
        "allowsGaps: false\neffectiveTo: 2025-06-30");
    Path later = v;
    assertThat(errors(later))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("ras/2025-04-01/ruleset.yaml");
              assertThat(f.line()).isEqualTo(lineOf(manifest, "effectiveFrom:"));
              assertThat(f.message())
                  .isEqualTo(
                      "the ras versions 2024-04-01 and 2025-04-01 are both in force on 2025-04-01");
              assertThat(f.whatToDo()).contains("end 2024-04-01 before 2025-04-01 starts");
            });
  }

  @Test
  void aGapBetweenVersionsIsAnErrorUnlessTheAreaAllowsGaps() {
    Path v = withoutStaged(copyArea(store, "ras")).resolve("ras/2025-04-01");
    Path manifest = v.resolve("ruleset.yaml");
    replace(
        store.resolve("ras/2024-04-01/ruleset.yaml"),
        "allowsGaps: false",
        "allowsGaps: false\neffectiveTo: 2025-01-31");
    assertThat(errors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(lineOf(manifest, "effectiveFrom:"));
              assertThat(f.message())
                  .isEqualTo("no ras version is in force from 2025-02-01 to 2025-03-31");
              assertThat(f.whatToDo()).contains("allowsGaps: true");
            });
    replace(store.resolve("ras/2024-04-01/ruleset.yaml"), "allowsGaps: false", "allowsGaps: true");
    replace(manifest, "allowsGaps: false", "allowsGaps: true");
    assertThat(errors(v)).isEmpty();
  }

  @Test
  void aQuestionnaireLevelGapIsFoundAtItsLine() {
    Path v = ras24();
    Path q = v.resolve("questionnaire.yaml");
    replace(
        q,
        "{level: 3, points: 10, statement: \"I need help to eat",
        "{level: 4, points: 10, statement: \"I need help to eat");
    int line = lineOf(q, "{level: 4, points: 10, statement: \"I need help to eat");
    assertThat(errors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("ras/2024-04-01/questionnaire.yaml");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message())
                  .isEqualTo(
                      "domain 'eating-and-drinking' level 4: levels must run 0, 1, 2 ... in order without gaps, but they run [0, 1, 2, 4]");
            });
  }

  @Test
  void pointsThatFallAsTheLevelRisesAreFoundAtTheirLine() {
    Path v = ras24();
    Path q = v.resolve("questionnaire.yaml");
    replace(
        q,
        "{level: 3, points: 6, statement: \"Without support",
        "{level: 3, points: 3, statement: \"Without support");
    int line = lineOf(q, "{level: 3, points: 3, statement: \"Without support");
    assertThat(errors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message())
                  .isEqualTo(
                      "domain 'relationships' level 3 scores 3 points, fewer than level 2 (4)");
              assertThat(f.whatToDo()).contains("never score fewer points");
            });
  }

  @Test
  void aDomainWithoutATitleOrALevelWithoutAStatementIsFound() {
    Path v = ras24();
    Path q = v.resolve("questionnaire.yaml");
    replace(q, "    title: Communication\n", "");
    replace(q, "statement: \"I can keep my home clean, safe and running.\"", "statement: \"\"");
    assertThat(errors(v))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                lineOf(q, "code: communication"), "domain 'communication' has no title"),
            org.assertj.core.groups.Tuple.tuple(
                lineOf(q, "statement: \"\""),
                "domain 'home-and-daily-living' level 0 has no statement"));
  }

  @Test
  void anIncompleteManifestListsEveryMissingField() {
    Path v = ras24();
    Path manifest = v.resolve("ruleset.yaml");
    try {
      String text = Files.readString(manifest);
      Files.writeString(manifest, text.substring(0, text.indexOf("summary:")) + "references: []\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(errors(v))
        .extracting(Finding::message)
        .containsExactly("the summary is missing", "the version names no reference");
    assertThat(errors(v).get(1).line()).isEqualTo(lineOf(manifest, "references:"));
  }

  @Test
  void aDrlThatDoesNotCompileIsNamedWithItsFileAndLine() throws IOException {
    Path v = ras24();
    Path drl = v.resolve("Ras.drl");
    Files.writeString(
        v.resolve("Broken.drl"),
        new String(
            getClass().getResourceAsStream("/fixtures/policy/Broken.drl").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8));
    List<Finding> errors = errors(v);
    assertThat(errors).isNotEmpty();
    assertThat(errors)
        .allSatisfy(f -> assertThat(f.file()).isEqualTo("ras/2024-04-01/Broken.drl"))
        .anySatisfy(
            f -> {
              assertThat(f.line()).isEqualTo(lineOf(v.resolve("Broken.drl"), "undefinedVariable"));
              assertThat(f.message()).startsWith("does not compile: ");
            });
    assertThat(drl).exists();
  }

  @Test
  void findingsAreAllReportedAtOnce() {
    Path v = ras24();
    replace(v.resolve("Ras.drl"), "rule \"RAS-021 A domain", "rule \"A domain");
    replace(v.resolve("parameters.yaml"), "  unit: GBP\n", "");
    replace(v.resolve("questionnaire.yaml"), "    title: Relationships\n", "");
    Validation validation = VersionValidator.validate(v);
    assertThat(validation.errors()).isEqualTo(3);
    assertThat(validation.passed()).isFalse();
    assertThat(validation.text()).contains("ras/2024-04-01: NOT valid (3 errors, 0 warnings)");
    assertThat(validation.findings()).allMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The store without ras 2025-04-01-staged, so that these checks of two successive versions'
   * periods see 2025-04-01 as the version after 2024-04-01: the staged version supersedes it for
   * all its days (docs/adr/0016), and the period checks leave a replaced version out.
   */
  private static Path withoutStaged(Path store) {
    try (Stream<Path> files = Files.walk(store.resolve("ras/2025-04-01-staged"))) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return store;
  }
}
