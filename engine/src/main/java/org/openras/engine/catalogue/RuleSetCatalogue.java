package org.openras.engine.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;

/**
 * Every rule-set version in a store, by area, with the selection rule of DESIGN.md §2: in each area
 * the version in force on the assessment date (first and last day inclusive), never the wall clock;
 * a pinned version must exist and cover the date. Refuses a store in which two versions of an area
 * claim the same day, or leave a gap between them where the area does not allow gaps.
 */
public final class RuleSetCatalogue {
  public static final String MANIFEST = "ruleset.yaml";
  private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(-[a-z0-9]+)?");

  private final Map<String, List<RuleSetVersion>> byArea;

  private RuleSetCatalogue(Map<String, List<RuleSetVersion>> byArea) {
    this.byArea = byArea;
  }

  public static RuleSetCatalogue load(RuleStore store) {
    Map<String, List<RuleSetManifestAndSource>> grouped = new TreeMap<>();
    for (RuleSetSource source : store.versions()) {
      RuleSetManifest manifest = readManifest(source);
      grouped
          .computeIfAbsent(source.area(), a -> new ArrayList<>())
          .add(new RuleSetManifestAndSource(manifest, source));
    }
    Map<String, List<RuleSetVersion>> byArea = new TreeMap<>();
    grouped.forEach((area, list) -> byArea.put(area, order(area, list)));
    return new RuleSetCatalogue(byArea);
  }

  private record RuleSetManifestAndSource(RuleSetManifest manifest, RuleSetSource source) {}

  private static RuleSetManifest readManifest(RuleSetSource source) {
    String file = source.location() + "/" + MANIFEST;
    RuleSetManifest m;
    try {
      m = Yaml.mapper().readValue(source.text(MANIFEST), RuleSetManifest.class);
    } catch (JacksonException e) {
      throw new InvalidRuleSetException(
          file, "the manifest cannot be read: " + e.getOriginalMessage(), e);
    }
    require(file, m.area() != null, "add 'area: " + source.area() + "'");
    require(
        file,
        m.area().equals(source.area()),
        "'area: " + m.area() + "' does not match its folder '" + source.area() + "'");
    require(file, m.version() != null, "add 'version: " + source.folder() + "'");
    require(
        file,
        m.version().equals(source.folder()),
        "'version: " + m.version() + "' does not match its folder '" + source.folder() + "'");
    require(
        file,
        VERSION.matcher(m.version()).matches(),
        "the version must be a date (yyyy-MM-dd), optionally followed by -label");
    require(file, m.effectiveFrom() != null, "add 'effectiveFrom', the first day in force");
    require(
        file,
        m.effectiveTo() == null || !m.effectiveTo().isBefore(m.effectiveFrom()),
        "'effectiveTo' (the last day in force) is before 'effectiveFrom'");
    require(file, m.title() != null && !m.title().isBlank(), "add a 'title'");
    return m;
  }

  private static void require(String file, boolean condition, String whatToDo) {
    if (!condition) {
      throw new InvalidRuleSetException(file, whatToDo);
    }
  }

  private static List<RuleSetVersion> order(String area, List<RuleSetManifestAndSource> list) {
    List<RuleSetManifestAndSource> sorted =
        list.stream().sorted(Comparator.comparing(v -> v.manifest().effectiveFrom())).toList();
    boolean gapsAllowed = sorted.stream().allMatch(v -> v.manifest().allowsGaps());
    List<RuleSetVersion> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      RuleSetManifest m = sorted.get(i).manifest();
      LocalDate lastDay = m.effectiveTo();
      if (i + 1 < sorted.size()) {
        RuleSetManifest next = sorted.get(i + 1).manifest();
        LocalDate dayBeforeNext = next.effectiveFrom().minusDays(1);
        String file = sorted.get(i + 1).source().location() + "/" + MANIFEST;
        if (lastDay == null) {
          lastDay = dayBeforeNext;
        }
        if (!lastDay.isBefore(next.effectiveFrom())
            || next.effectiveFrom().equals(m.effectiveFrom())) {
          throw new InvalidRuleSetException(
              file,
              "the "
                  + area
                  + " versions "
                  + m.version()
                  + " and "
                  + next.version()
                  + " are both in force on "
                  + next.effectiveFrom()
                  + "; end one before the other starts (effectiveTo is the last day in force)");
        }
        if (lastDay.isBefore(dayBeforeNext) && !gapsAllowed) {
          throw new InvalidRuleSetException(
              file,
              "no "
                  + area
                  + " version is in force from "
                  + lastDay.plusDays(1)
                  + " to "
                  + dayBeforeNext
                  + "; close the gap or set 'allowsGaps: true' where the area allows it");
        }
      }
      RuleSetSource source = sorted.get(i).source();
      out.add(new RuleSetVersion(m, source, VersionHasher.hash(source), lastDay));
    }
    return List.copyOf(out);
  }

  /** The areas present, in name order. */
  public List<String> areas() {
    return List.copyOf(byArea.keySet());
  }

  public List<RuleSetVersion> versions(String area) {
    return byArea.getOrDefault(area, List.of());
  }

  public List<RuleSetVersion> all() {
    return byArea.values().stream().flatMap(List::stream).toList();
  }

  public List<Period> periods(String area) {
    return versions(area).stream().map(RuleSetVersion::period).toList();
  }

  public Optional<RuleSetVersion> find(String area, String version) {
    return versions(area).stream().filter(v -> v.version().equals(version)).findFirst();
  }

  /** The version in force in {@code area} on {@code date}, if any. */
  public Optional<RuleSetVersion> inForce(String area, LocalDate date) {
    return versions(area).stream().filter(v -> v.covers(date)).findFirst();
  }

  /**
   * The version to use: the pinned one when given (it must exist and cover the date), otherwise the
   * one in force on the date.
   *
   * @throws RuleSetSelectionException naming the area, the date and the periods available
   */
  public RuleSetVersion select(String area, LocalDate date, String pinnedVersion) {
    if (pinnedVersion != null) {
      RuleSetVersion pinned =
          find(area, pinnedVersion)
              .orElseThrow(
                  () ->
                      RuleSetSelectionException.pinnedUnknown(
                          area, date, pinnedVersion, periods(area)));
      if (!pinned.covers(date)) {
        throw RuleSetSelectionException.pinnedNotCovering(area, date, pinnedVersion, periods(area));
      }
      return pinned;
    }
    return inForce(area, date)
        .orElseThrow(() -> RuleSetSelectionException.noneInForce(area, date, periods(area)));
  }
}
