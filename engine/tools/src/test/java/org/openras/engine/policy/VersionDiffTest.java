package org.openras.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;

class VersionDiffTest {
  @TempDir Path store;

  private static VersionDiff diff(RuleSetCatalogue catalogue, String area, String a, String b) {
    return VersionDiff.between(
        catalogue.find(area, a).orElseThrow(), catalogue.find(area, b).orElseThrow());
  }

  @Test
  void aCorrectionIsComparedWithTheVersionItSupersedesFromTheirCommonFirstDay() {
    VersionDiff d =
        diff(TestRules.engine().catalogue(), "contributions", "2015-04-01", "2015-04-01-corrected");
    assertThat(d.fromDay()).isEqualTo("2015-04-01");
    assertThat(d.toDay()).isEqualTo("2015-04-01");
    assertThat(d.text()).contains("careBenefitWeeklyRate").contains("2023-04-06");
    assertThat(d.rules()).extracting(Change::subject).contains("CHG-027", "CHG-028");
    assertThat(d.manifest()).extracting(Change::subject).contains("supersedes");
  }

  @Test
  void theShippedRasVersionsDifferInElevenPricesTheFloorAndTheCeilingOnly() {
    VersionDiff d = diff(TestRules.engine().catalogue(), "ras", "2024-04-01", "2025-04-01");
    assertThat(d.fromDay()).isEqualTo("2025-03-31");
    assertThat(d.toDay()).isEqualTo("2025-04-01");
    assertThat(d.parameters())
        .extracting(Change::toString)
        .containsExactly(
            "~ Weekly price of one point for physical support: access and mobility only £5.60 → £5.80 a week (+3.6%)",
            "~ Weekly price of one point for physical support: personal care support £6.10 → £6.35 a week (+4.1%)",
            "~ Weekly price of one point for sensory support: support for visual impairment £5.20 → £5.40 a week (+3.8%)",
            "~ Weekly price of one point for sensory support: support for hearing impairment £5.10 → £5.30 a week (+3.9%)",
            "~ Weekly price of one point for sensory support: support for dual impairment £6.00 → £6.25 a week (+4.2%)",
            "~ Weekly price of one point for support with memory and cognition £6.40 → £6.65 a week (+3.9%)",
            "~ Weekly price of one point for learning disability support £7.20 → £7.50 a week (+4.2%)",
            "~ Weekly price of one point for mental health support £4.80 → £5.00 a week (+4.2%)",
            "~ Weekly price of one point for social support: substance misuse support £4.20 → £4.35 a week (+3.6%)",
            "~ Weekly price of one point for social support: asylum seeker support £4.00 → £4.15 a week (+3.8%)",
            "~ Weekly price of one point for social support: support for social isolation or other £4.00 → £4.15 a week (+3.8%)",
            "~ Lowest weekly indicative budget given when any points are scored £25.00 → £26.00 a week (+4.0%)",
            "~ Weekly indicative budget above which the case goes to a funding panel £600.00 → £620.00 a week (+3.3%)");
    assertThat(d.parameters())
        .extracting(Change::subject)
        .contains("pricePerPoint[LEARNING_DISABILITY]", "floor", "ceiling")
        .doesNotContain("weeksPerYear");
    assertThat(d.questionnaire()).isEmpty();
    assertThat(d.rules()).isEmpty();
    assertThat(d.manifest())
        .extracting(Change::subject)
        .containsExactly(
            "effectiveFrom",
            "title",
            "summary",
            "supersedes",
            "references",
            "references",
            "references");
    assertThat(d.text())
        .contains("Points table: unchanged")
        .contains("Rules: unchanged")
        .contains("Parameters: 13 changes");
  }

  @Test
  void rowsRulesAndLaterDatedValuesAreListedInWords() {
    BrokenVersions.copyArea(store, "ras");
    Path v25 = store.resolve("ras/2025-04-01");
    BrokenVersions.replace(
        v25.resolve("questionnaire.yaml"),
        "{level: 2, points: 8, statement: \"I need help with personal care every day.\"}",
        "{level: 2, points: 9, statement: \"I need help with personal care every day.\"}");
    BrokenVersions.replace(
        v25.resolve("questionnaire.yaml"),
        "      - {level: 3, points: 10, statement: \"My family carer cannot keep caring without frequent breaks, including overnight.\"}\n",
        "");
    BrokenVersions.replace(v25.resolve("Ras.drl"), "salience 90", "salience 95");
    BrokenVersions.replace(
        v25.resolve("parameters.yaml"),
        "    2025-04-01: {value: \"26.00\", marker: I}",
        "    2025-04-01: {value: \"26.00\", marker: I}\n    2025-10-01: {value: \"27.50\", marker: I}");
    RuleSetCatalogue catalogue = OpenRasEngine.load(new DirectoryRuleStore(store)).catalogue();
    VersionDiff d = diff(catalogue, "ras", "2024-04-01", "2025-04-01");
    assertThat(d.questionnaire())
        .extracting(Change::toString)
        .containsExactly(
            "~ Personal care, level 2: 8 → 9 points",
            "- Support for family carers to keep caring, level 3 is removed (was 10 points)");
    assertThat(d.rules()).extracting(Change::subject).containsExactly("RAS-020");
    assertThat(d.rules().get(0).text()).contains("has changed (1 lines added, 1 removed");
    assertThat(d.parameters())
        .extracting(Change::toString)
        .contains(
            "+ from 2025-10-01, Lowest weekly indicative budget given when any points are scored £27.50 a week (new)");
  }

  @Test
  void comparingBackwardsReadsTheLaterVersionOnItsFirstDay() {
    VersionDiff d = diff(TestRules.engine().catalogue(), "ras", "2025-04-01", "2024-04-01");
    assertThat(d.fromDay()).isEqualTo("2025-04-01");
    assertThat(d.toDay()).isEqualTo("2025-03-31");
    assertThat(d.parameters())
        .extracting(Change::toString)
        .contains(
            "~ Lowest weekly indicative budget given when any points are scored £26.00 → £25.00 a week (-3.8%)");
  }
}
