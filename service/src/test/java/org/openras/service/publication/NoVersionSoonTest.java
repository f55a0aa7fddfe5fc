package org.openras.service.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;

/**
 * The policy versions list's look-ahead (issue 21): an area that has a version in force today but
 * none on a day of the next 90 is named with that first day; one with a gap further off, one whose
 * versions allow gaps, and one already without a version today (the "today" warning's) are not.
 * Fixed days on a catalogue of test versions; today's date on the shipped rules is checked by
 * FindWorkPagesTest.
 */
class NoVersionSoonTest {
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

  @Test
  void anAreaEndingWithinNinetyDaysIsNamedWithItsFirstDayWithout() throws IOException {
    version("ras", "2026-04-01", "2026-04-01", "2027-01-31", false); // ends in 60 days
    version("eligibility", "2015-04-01", "2015-04-01", "2027-06-30", false); // ends in 210 days
    version("adjustments", "2025-10-01", "2025-10-01", "2026-12-10", true); // gaps allowed
    version("contributions", "2027-04-06", "2027-04-06", null, false); // none today
    RuleSetCatalogue catalogue = RuleSetCatalogue.load(new DirectoryRuleStore(dir));
    LocalDate today = LocalDate.of(2026, 12, 2);

    var soon = InForceHealthIndicator.missingWithin(catalogue, today, 90);

    assertThat(soon)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.area()).isEqualTo("ras");
              assertThat(m.date()).isEqualTo(LocalDate.of(2027, 2, 1));
            });
    // 61 days ahead it is the day itself; a day later it is "today" and no longer "soon".
    assertThat(InForceHealthIndicator.missingWithin(catalogue, today, 60)).isEmpty();
    assertThat(InForceHealthIndicator.missingWithin(catalogue, today, 61)).hasSize(1);
    // In April ras has none today (not "soon") and eligibility's end is 77 days off.
    assertThat(InForceHealthIndicator.missingWithin(catalogue, LocalDate.of(2027, 4, 15), 90))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.area()).isEqualTo("eligibility");
              assertThat(m.date()).isEqualTo(LocalDate.of(2027, 7, 1));
            });
  }
}
