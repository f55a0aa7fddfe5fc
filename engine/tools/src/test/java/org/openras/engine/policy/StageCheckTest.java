package org.openras.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.engine.policy.BrokenVersions.copyArea;
import static org.openras.engine.policy.BrokenVersions.lineOf;
import static org.openras.engine.policy.BrokenVersions.replace;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version in named stages (contributions 2026-04-06-staged) uses exactly the stages its manifest
 * lists, and no salience, eval or figure matched by name; each finding names the file and line.
 */
class StageCheckTest {
  private static final String STAGED = "contributions/2026-04-06-staged";

  @TempDir Path store;

  private Path staged() {
    return copyArea(store, "contributions").resolve(STAGED);
  }

  /** The findings of the stage check (the other checks are tested elsewhere). */
  private static List<Finding> stageErrors(Path folder) {
    return VersionValidator.validate(folder).findings().stream()
        .filter(Finding::isError)
        .filter(
            f ->
                f.message().contains("stage")
                    || f.message().contains("salience")
                    || f.message().contains("eval(")
                    || f.message().contains("figure by its name"))
        .toList();
  }

  @Test
  void theShippedStagedVersionPasses() {
    Path folder = staged();
    Validation v = VersionValidator.validate(folder);
    assertThat(v.passed()).as(v.text()).isTrue();
    assertThat(stageErrors(folder)).isEmpty();
  }

  @Test
  void aRuleInAStageTheManifestDoesNotListIsRefusedAtItsLine() {
    Path v = staged();
    Path drl = v.resolve("Capital.drl");
    replace(drl, "  ruleflow-group \"capital\"", "  ruleflow-group \"capitol\"");
    int line = lineOf(drl, "ruleflow-group \"capitol\"");
    assertThat(stageErrors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo(STAGED + "/Capital.drl");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message()).contains("CHG-010").contains("\"capitol\"");
              assertThat(f.whatToDo()).contains("capital, income, assessable-income");
            });
  }

  @Test
  void aRuleThatNamesNoStageIsRefusedAtItsRuleLine() {
    Path v = staged();
    Path drl = v.resolve("Capital.drl");
    replace(drl, "  ruleflow-group \"capital\"\n", "");
    int line = lineOf(drl, "rule \"CHG-010 ");
    assertThat(stageErrors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo(STAGED + "/Capital.drl");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message()).contains("names no stage");
            });
  }

  @Test
  void aListedStageNoRuleUsesIsRefusedAtItsLineInTheManifest() {
    Path v = staged();
    Path manifest = v.resolve("ruleset.yaml");
    replace(manifest, "  - contribution ", "  - appeals\n  - contribution ");
    int line = lineOf(manifest, "  - appeals");
    assertThat(stageErrors(v))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo(STAGED + "/ruleset.yaml");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message()).contains("no rule is in the stage \"appeals\"");
            });
  }

  @Test
  void salienceEvalAndAFigureMatchedByNameAreEachRefusedAtTheirLine() {
    Path v = staged();
    Path drl = v.resolve("Capital.drl");
    replace(
        drl,
        "  ruleflow-group \"capital\"\nwhen",
        "  ruleflow-group \"capital\"\n  salience 10\nwhen");
    replace(drl, "  Council(!setsLocalCapitalLimits)", "  eval(true)");
    replace(drl, "  not CountedCapital()", "  not Figure(name == \"countedCapital\")");
    List<Finding> errors = stageErrors(v);
    assertThat(errors).hasSize(3);
    assertThat(errors)
        .anySatisfy(
            f -> {
              assertThat(f.line()).isEqualTo(lineOf(drl, "salience 10"));
              assertThat(f.message()).contains("CHG-010").contains("salience");
            })
        .anySatisfy(
            f -> {
              assertThat(f.line()).isEqualTo(lineOf(drl, "eval(true)"));
              assertThat(f.message()).contains("CHG-011").contains("eval(");
              assertThat(f.whatToDo()).contains("constraint");
            })
        .anySatisfy(
            f -> {
              assertThat(f.line()).isEqualTo(lineOf(drl, "Figure(name =="));
              assertThat(f.message()).contains("CHG-010").contains("figure by its name");
            })
        .allSatisfy(f -> assertThat(f.file()).isEqualTo(STAGED + "/Capital.drl"));
  }

  @Test
  void aVersionThatListsNoStagesIsNotHeldToThem() {
    // 2026-04-06 is written with salience, eval and figures by name, and lists no stages.
    Path v = copyArea(store, "contributions").resolve("contributions/2026-04-06");
    assertThat(stageErrors(v)).isEmpty();
  }
}
