package org.openras.engine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetCatalogueTest {
  @TempDir Path dir;

  private void version(String area, String version, String from, String to, boolean gaps)
      throws IOException {
    Path folder = dir.resolve(area).resolve(version);
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("ruleset.yaml"),
        "area: "
            + area
            + "\nversion: "
            + version
            + "\neffectiveFrom: "
            + from
            + (to == null ? "" : "\neffectiveTo: " + to)
            + "\ntitle: test\nallowsGaps: "
            + gaps
            + "\n");
    Files.writeString(folder.resolve("Rules.drl"), "package x;\n");
  }

  private RuleSetCatalogue load() {
    return RuleSetCatalogue.load(new DirectoryRuleStore(dir));
  }

  @Test
  void aVersionWithoutAnEndRunsUntilTheDayBeforeTheNextStarts() throws IOException {
    version("ras", "2024-04-01", "2024-04-01", null, false);
    version("ras", "2025-04-01", "2025-04-01", null, false);
    RuleSetCatalogue c = load();
    assertThat(c.select("ras", LocalDate.of(2025, 3, 31), null).version()).isEqualTo("2024-04-01");
    assertThat(c.select("ras", LocalDate.of(2025, 4, 1), null).version()).isEqualTo("2025-04-01");
    assertThat(c.select("ras", LocalDate.of(2099, 1, 1), null).version()).isEqualTo("2025-04-01");
  }

  @Test
  void effectiveToIsTheLastDayInForceInclusive() throws IOException {
    version("eligibility", "2003-04-01", "2003-04-01", "2015-03-31", false);
    version("eligibility", "2015-04-01", "2015-04-01", null, false);
    RuleSetCatalogue c = load();
    assertThat(c.select("eligibility", LocalDate.of(2015, 3, 31), null).version())
        .isEqualTo("2003-04-01");
    assertThat(c.select("eligibility", LocalDate.of(2015, 4, 1), null).version())
        .isEqualTo("2015-04-01");
  }

  @Test
  void aDateBeforeEveryVersionIsAnErrorNamingAreaDateAndPeriods() throws IOException {
    version("ras", "2024-04-01", "2024-04-01", null, false);
    assertThatThrownBy(() -> load().select("ras", LocalDate.of(2024, 3, 31), null))
        .isInstanceOfSatisfying(
            RuleSetSelectionException.class,
            e -> {
              assertThat(e.area()).isEqualTo("ras");
              assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 31));
              assertThat(e.periods()).extracting(Period::version).containsExactly("2024-04-01");
              assertThat(e.getMessage()).contains("2024-04-01 (2024-04-01 to open)");
            });
  }

  @Test
  void aPinnedVersionMustExistAndCoverTheDate() throws IOException {
    version("ras", "2024-04-01", "2024-04-01", null, false);
    version("ras", "2025-04-01", "2025-04-01", null, false);
    RuleSetCatalogue c = load();
    assertThat(c.select("ras", LocalDate.of(2024, 6, 1), "2024-04-01").version())
        .isEqualTo("2024-04-01");
    assertThatThrownBy(() -> c.select("ras", LocalDate.of(2025, 6, 1), "2024-04-01"))
        .isInstanceOf(RuleSetSelectionException.class)
        .hasMessageContaining("not in force on 2025-06-01");
    assertThatThrownBy(() -> c.select("ras", LocalDate.of(2025, 6, 1), "2023-04-01"))
        .isInstanceOfSatisfying(
            RuleSetSelectionException.class,
            e -> assertThat(e.pinnedVersion()).isEqualTo("2023-04-01"));
  }

  @Test
  void overlappingPeriodsInAnAreaAreRefused() throws IOException {
    version("ras", "2024-04-01", "2024-04-01", "2025-06-30", false);
    version("ras", "2025-04-01", "2025-04-01", null, false);
    assertThatThrownBy(this::load)
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("both in force on 2025-04-01");
  }

  @Test
  void aGapBetweenVersionsIsRefusedUnlessTheAreaAllowsGaps() throws IOException {
    version("ras", "2024-04-01", "2024-04-01", "2024-09-30", false);
    version("ras", "2025-04-01", "2025-04-01", null, false);
    assertThatThrownBy(this::load)
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("from 2024-10-01 to 2025-03-31");
  }

  @Test
  void anAreaThatAllowsGapsHasNoVersionInForceInTheGap() throws IOException {
    version("adjustments", "2025-10-01", "2025-10-01", "2026-03-31", true);
    version("adjustments", "2026-10-01", "2026-10-01", null, true);
    RuleSetCatalogue c = load();
    assertThat(c.inForce("adjustments", LocalDate.of(2026, 6, 1))).isEmpty();
    assertThat(c.inForce("adjustments", LocalDate.of(2026, 3, 31))).isPresent();
  }

  @Test
  void aManifestWhoseAreaDoesNotMatchItsFolderIsRefusedNamingTheFile() throws IOException {
    version("ras", "2024-04-01", "2024-04-01", null, false);
    Path manifest = dir.resolve("ras/2024-04-01/ruleset.yaml");
    Files.writeString(manifest, Files.readString(manifest).replace("area: ras", "area: rass"));
    assertThatThrownBy(this::load)
        .isInstanceOfSatisfying(
            InvalidRuleSetException.class,
            e -> assertThat(e.file()).isEqualTo("ras/2024-04-01/ruleset.yaml"));
  }

  @Test
  void aMisspeltManifestKeyIsAnErrorNotADefault() throws IOException {
    version("ras", "2024-04-01", "2024-04-01", null, false);
    Path manifest = dir.resolve("ras/2024-04-01/ruleset.yaml");
    Files.writeString(manifest, Files.readString(manifest) + "efectiveTo: 2025-01-01\n");
    assertThatThrownBy(this::load)
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("efectiveTo");
  }

  @Test
  void theHashIgnoresCasesAndLineEndingsButNotRules() throws IOException {
    version("ras", "2024-04-01", "2024-04-01", null, false);
    Path folder = dir.resolve("ras/2024-04-01");
    String before = load().versions("ras").get(0).hash();
    Files.createDirectories(folder.resolve("cases"));
    Files.writeString(folder.resolve("cases/a.yaml"), "cases: []\n");
    assertThat(load().versions("ras").get(0).hash()).isEqualTo(before);
    Files.writeString(folder.resolve("Rules.drl"), "package x;\r\n");
    assertThat(load().versions("ras").get(0).hash()).isEqualTo(before);
    Files.writeString(folder.resolve("Rules.drl"), "package y;\n");
    assertThat(load().versions("ras").get(0).hash()).isNotEqualTo(before).hasSize(64);
  }
}
