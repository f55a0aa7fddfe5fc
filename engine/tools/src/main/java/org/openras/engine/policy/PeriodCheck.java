package org.openras.engine.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetManifest;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;

/**
 * Checks a candidate version's period against the other versions of its area, as the catalogue
 * would at load (DESIGN.md §2), but reports instead of refusing: no day claimed by two versions,
 * and no day without one unless every version of the area allows gaps. Versions another version
 * supersedes are left out, as the catalogue leaves them out of selection by date.
 */
final class PeriodCheck {
  private PeriodCheck() {}

  private record Dated(
      String version, LocalDate from, LocalDate to, boolean allowsGaps, String supersedes) {}

  static void check(VersionFolder folder, RuleSetManifest candidate, List<Finding> out) {
    if (candidate == null || candidate.effectiveFrom() == null) {
      return;
    }
    String file = folder.file(RuleSetCatalogue.MANIFEST);
    YamlLines lines = new YamlLines(folder.source().text(RuleSetCatalogue.MANIFEST));
    Dated me =
        new Dated(
            folder.source().folder(),
            candidate.effectiveFrom(),
            candidate.effectiveTo(),
            candidate.allowsGaps(),
            candidate.supersedes());
    List<Dated> all = new ArrayList<>(List.of(me));
    for (RuleSetSource s : folder.siblings()) {
      RuleSetManifest m = read(s);
      if (m == null || m.effectiveFrom() == null) {
        out.add(
            Finding.warning(
                s.location() + "/" + RuleSetCatalogue.MANIFEST,
                0,
                "cannot read this version's period, so the candidate was not checked against it",
                "validate " + s.location() + " as well"));
        continue;
      }
      all.add(
          new Dated(
              s.folder(), m.effectiveFrom(), m.effectiveTo(), m.allowsGaps(), m.supersedes()));
    }
    // A version replaced by one that supersedes it from its first day (a correction) is selected
    // only by pin (docs/adr/0006): its period is not checked.
    Set<String> replaced =
        all.stream()
            .filter(d -> d.supersedes() != null)
            .filter(
                d ->
                    all.stream()
                        .anyMatch(
                            o -> o.version().equals(d.supersedes()) && !d.from().isAfter(o.from())))
            .map(Dated::supersedes)
            .collect(Collectors.toSet());
    if (replaced.contains(me.version())) {
      return;
    }
    all.removeIf(d -> replaced.contains(d.version()));
    all.sort(Comparator.comparing(Dated::from));
    boolean gapsAllowed = all.stream().allMatch(Dated::allowsGaps);
    for (int i = 0; i + 1 < all.size(); i++) {
      Dated earlier = all.get(i);
      Dated later = all.get(i + 1);
      if (earlier == me || later == me) {
        int line = lines.line(later == me ? "effectiveFrom" : "effectiveTo");
        pair(folder.source().area(), earlier, later, gapsAllowed, file, line, out);
      }
    }
  }

  private static void pair(
      String area,
      Dated earlier,
      Dated later,
      boolean gapsAllowed,
      String file,
      int line,
      List<Finding> out) {
    LocalDate lastDay = earlier.to() == null ? later.from().minusDays(1) : earlier.to();
    if (!lastDay.isBefore(later.from()) || earlier.from().equals(later.from())) {
      out.add(
          Finding.error(
              file,
              line,
              "the "
                  + area
                  + " versions "
                  + earlier.version()
                  + " and "
                  + later.version()
                  + " are both in force on "
                  + later.from(),
              "end "
                  + earlier.version()
                  + " before "
                  + later.version()
                  + " starts (effectiveTo is the last day in force) or move effectiveFrom"));
    } else if (lastDay.isBefore(later.from().minusDays(1)) && !gapsAllowed) {
      out.add(
          Finding.error(
              file,
              line,
              "no "
                  + area
                  + " version is in force from "
                  + lastDay.plusDays(1)
                  + " to "
                  + later.from().minusDays(1),
              "close the gap (move effectiveTo of "
                  + earlier.version()
                  + " or effectiveFrom of "
                  + later.version()
                  + "), or set 'allowsGaps: true' in every version where the area allows it"));
    }
  }

  private static RuleSetManifest read(RuleSetSource s) {
    try {
      return Yaml.mapper().readValue(s.text(RuleSetCatalogue.MANIFEST), RuleSetManifest.class);
    } catch (JacksonException e) {
      return null;
    }
  }
}
