package org.openras.engine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A correction supersedes a published version for selection by date (docs/adr/0006). */
class SupersessionTest {
  @TempDir Path dir;

  private void version(String version, String from, String to, String supersedes)
      throws IOException {
    Path folder = dir.resolve("contributions").resolve(version);
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("ruleset.yaml"),
        "area: contributions\nversion: "
            + version
            + "\neffectiveFrom: "
            + from
            + (to == null ? "" : "\neffectiveTo: " + to)
            + "\ntitle: test\nsupersedes: "
            + (supersedes == null ? "null" : supersedes)
            + "\n");
    Files.writeString(folder.resolve("Rules.drl"), "package x;\n");
  }

  private RuleSetCatalogue load() {
    return RuleSetCatalogue.load(new DirectoryRuleStore(dir));
  }

  private String onDate(RuleSetCatalogue c, String date) {
    return c.select("contributions", LocalDate.parse(date), null).version();
  }

  @Test
  void aCorrectionAnswersForTheDatesOfTheVersionItSupersedes() throws IOException {
    version("2015-04-01", "2015-04-01", "2026-04-05", null);
    version("2015-04-01-corrected", "2015-04-01", "2026-04-05", "2015-04-01");
    version("2026-04-06", "2026-04-06", null, null);
    RuleSetCatalogue c = load();
    assertThat(onDate(c, "2015-04-01")).isEqualTo("2015-04-01-corrected");
    assertThat(onDate(c, "2026-04-05")).isEqualTo("2015-04-01-corrected");
    assertThat(onDate(c, "2026-04-06")).isEqualTo("2026-04-06");
    assertThat(c.periods("contributions"))
        .extracting(Period::version)
        .containsExactly("2015-04-01-corrected", "2026-04-06");
  }

  @Test
  void theSupersededVersionStaysFindableAndPinnableOnTheDaysItCovered() throws IOException {
    version("2015-04-01", "2015-04-01", "2026-04-05", null);
    version("2015-04-01-corrected", "2015-04-01", "2026-04-05", "2015-04-01");
    RuleSetCatalogue c = load();
    RuleSetVersion old = c.find("contributions", "2015-04-01").orElseThrow();
    assertThat(c.isSuperseded(old)).isTrue();
    assertThat(c.supersededBy(old).orElseThrow().version()).isEqualTo("2015-04-01-corrected");
    assertThat(c.select("contributions", LocalDate.of(2023, 4, 8), "2015-04-01").version())
        .isEqualTo("2015-04-01");
    assertThatThrownBy(() -> c.select("contributions", LocalDate.of(2026, 4, 6), "2015-04-01"))
        .isInstanceOf(RuleSetSelectionException.class);
  }

  @Test
  void aChainOfCorrectionsLeavesOnlyTheLatestSelectedByDate() throws IOException {
    version("2015-04-01", "2015-04-01", null, null);
    version("2015-04-01-corrected", "2015-04-01", null, "2015-04-01");
    version("2015-04-01-corrected2", "2015-04-01", null, "2015-04-01-corrected");
    RuleSetCatalogue c = load();
    assertThat(onDate(c, "2020-01-01")).isEqualTo("2015-04-01-corrected2");
    assertThat(
            c.select("contributions", LocalDate.of(2020, 1, 1), "2015-04-01-corrected").version())
        .isEqualTo("2015-04-01-corrected");
  }

  @Test
  void aCorrectionMayCoverADifferentPeriodAndTheChecksApplyToWhatIsSelected() throws IOException {
    // The original ran open-ended; the correction ends it, and a new version takes over the day
    // after: no overlap with the superseded original is reported, and no gap is left.
    version("2015-04-01", "2015-04-01", null, null);
    version("2015-04-01-corrected", "2015-04-01", "2026-04-05", "2015-04-01");
    version("2026-04-06", "2026-04-06", null, null);
    RuleSetCatalogue c = load();
    assertThat(onDate(c, "2027-01-01")).isEqualTo("2026-04-06");
    // Pinned, the original still covers the days it covered, up to the next version by date.
    assertThat(c.find("contributions", "2015-04-01").orElseThrow().lastDay())
        .isEqualTo(LocalDate.of(2026, 4, 5));
  }

  @Test
  void aCorrectionThatStartsWithTheOriginalButEndsEarlierIsRefused() throws IOException {
    version("2015-04-01", "2015-04-01", "2026-04-05", null);
    version("2015-04-01-corrected", "2015-04-01", "2020-03-31", "2015-04-01");
    version("2026-04-06", "2026-04-06", null, null);
    assertThatThrownBy(this::load)
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("a correction that starts with the version it corrects must cover");
  }

  @Test
  void aSuccessorThatNamesItsPredecessorEndsItTheDayBefore() throws IOException {
    // ras 2025-04-01 and eligibility 2015-04-01 name the version they follow: that is not a
    // correction, the predecessor keeps its own days.
    version("2024-04-01", "2024-04-01", null, null);
    version("2025-04-01", "2025-04-01", null, "2024-04-01");
    RuleSetCatalogue c = load();
    assertThat(onDate(c, "2025-03-31")).isEqualTo("2024-04-01");
    assertThat(onDate(c, "2025-04-01")).isEqualTo("2025-04-01");
    assertThat(c.isSuperseded(c.find("contributions", "2024-04-01").orElseThrow())).isFalse();
    assertThatThrownBy(() -> c.select("contributions", LocalDate.of(2025, 4, 1), "2024-04-01"))
        .isInstanceOf(RuleSetSelectionException.class);
  }

  @Test
  void aCorrectionFromALaterDateEndsAnOpenEndedOriginalTheDayBefore() throws IOException {
    version("2015-04-01", "2015-04-01", null, null);
    version("2020-04-06-corrected", "2020-04-06", "2026-04-05", "2015-04-01");
    RuleSetCatalogue c = load();
    assertThat(onDate(c, "2020-04-05")).isEqualTo("2015-04-01");
    assertThat(onDate(c, "2020-04-06")).isEqualTo("2020-04-06-corrected");
  }

  @Test
  void aLaterVersionNamingAnOriginalThatClaimsItsDaysIsAnOverlap() throws IOException {
    version("2015-04-01", "2015-04-01", "2026-04-05", null);
    version("2020-04-06-corrected", "2020-04-06", "2026-04-05", "2015-04-01");
    assertThatThrownBy(this::load)
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("are both in force on 2020-04-06");
  }

  @Test
  void twoLaterVersionsNamingOnePredecessorAreOrdinaryLaterVersions() throws IOException {
    version("2025-04-01", "2025-04-01", null, null);
    version("2026-04-01", "2026-04-01", null, "2025-04-01");
    version("2027-04-01", "2027-04-01", null, "2025-04-01");
    RuleSetCatalogue c = load();
    assertThat(onDate(c, "2026-06-01")).isEqualTo("2026-04-01");
    assertThat(onDate(c, "2027-06-01")).isEqualTo("2027-04-01");
  }

  @Test
  void twoCorrectionsOfOneVersionAreRefused() throws IOException {
    version("2015-04-01", "2015-04-01", null, null);
    version("2015-04-01-a", "2015-04-01", null, "2015-04-01");
    version("2015-04-01-b", "2015-04-01", null, "2015-04-01");
    assertThatThrownBy(this::load)
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("superseded by both");
  }

  @Test
  void namingAVersionTheStoreDoesNotHoldSupersedesNothingHere() throws IOException {
    // A store may hold part of an area (a test copy, a draft check); the validator reports it.
    version("2015-04-01-corrected", "2015-04-01", null, "2014-04-01");
    assertThat(onDate(load(), "2020-01-01")).isEqualTo("2015-04-01-corrected");
  }
}
