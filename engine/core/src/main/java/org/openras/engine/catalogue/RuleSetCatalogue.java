package org.openras.engine.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;

/**
 * Every rule-set version in a store, by area, with the selection rule of DESIGN.md §2: in each area
 * the version in force on the assessment date (first and last day inclusive), never the wall clock;
 * a pinned version must exist and cover the date. Refuses a store in which two versions of an area
 * claim the same day, or leave a gap between them where the area does not allow gaps.
 *
 * <p>A version that names another ({@code supersedes: X}, docs/adr/0006) takes X's place on the
 * days both claim. When it claims all of X's days (a correction: same first day or earlier, same
 * last day or later) X is replaced: selection by date, and the overlap and gap checks, leave X out,
 * and X stays in the catalogue, found by name and pinnable on the days it covered (replay "as
 * decided then"). When it starts later (a successor naming its predecessor) it is an ordinary later
 * version: X runs to the day before, and an overlap is refused. A chain (C supersedes B supersedes
 * A) is followed: a version is replaced when any version of its chain claims all its days.
 */
public final class RuleSetCatalogue {
  public static final String MANIFEST = "ruleset.yaml";
  private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(-[a-z0-9]+)?");

  private final Map<String, List<RuleSetVersion>> byArea;
  // "area/version" of every version a later one replaces on all its days (selected only by pin).
  private final Set<String> replaced;

  private RuleSetCatalogue(Map<String, List<RuleSetVersion>> byArea, Set<String> replaced) {
    this.byArea = byArea;
    this.replaced = Set.copyOf(replaced);
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
    Set<String> replaced = new HashSet<>();
    grouped.forEach((area, list) -> byArea.put(area, order(area, list, replaced)));
    return new RuleSetCatalogue(byArea, replaced);
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

  private static List<RuleSetVersion> order(
      String area, List<RuleSetManifestAndSource> list, Set<String> replacedInAll) {
    Map<String, List<RuleSetManifestAndSource>> successors = successors(area, list);
    Set<String> replaced = new HashSet<>();
    List<RuleSetManifestAndSource> active = new ArrayList<>();
    for (RuleSetManifestAndSource v : list) {
      RuleSetManifest m = v.manifest();
      List<RuleSetManifestAndSource> later = successors.getOrDefault(m.version(), List.of());
      List<RuleSetManifestAndSource> others =
          list.stream().filter(o -> o != v && !later.contains(o)).toList();
      LocalDate lastDay = lastDayOf(m, others);
      if (later.stream().anyMatch(s -> covers(s.manifest(), m.effectiveFrom(), lastDay))) {
        replaced.add(m.version());
        continue;
      }
      // A correction (it starts on or before this version's first day) that does not claim all
      // its days is refused.
      if (!later.isEmpty()) {
        throw new InvalidRuleSetException(
            later.get(0).source().location() + "/" + MANIFEST,
            "it supersedes "
                + area
                + " "
                + m.version()
                + " from its first day but ends before it does; a correction that starts with"
                + " the version it corrects must cover all its days");
      }
      active.add(v);
    }
    List<RuleSetVersion> out = new ArrayList<>(ordered(area, active));
    replaced.forEach(version -> replacedInAll.add(area + "/" + version));
    for (RuleSetManifestAndSource v : list) {
      if (replaced.contains(v.manifest().version())) {
        RuleSetSource source = v.source();
        out.add(
            new RuleSetVersion(
                v.manifest(), source, VersionHasher.hash(source), lastDayOf(v.manifest(), list)));
      }
    }
    out.sort(
        Comparator.comparing(RuleSetVersion::effectiveFrom).thenComparing(RuleSetVersion::version));
    return List.copyOf(out);
  }

  /**
   * True when {@code later}'s days include every day from {@code from} to {@code lastDay} (null:
   * open).
   */
  private static boolean covers(RuleSetManifest later, LocalDate from, LocalDate lastDay) {
    boolean startsInTime = !later.effectiveFrom().isAfter(from);
    boolean runsLongEnough =
        later.effectiveTo() == null || (lastDay != null && !later.effectiveTo().isBefore(lastDay));
    return startsInTime && runsLongEnough;
  }

  /**
   * For each version, the corrections that supersede it (versions naming it and starting on or
   * before its first day), directly or through a chain. Refuses two corrections of one version and
   * a circle.
   */
  private static Map<String, List<RuleSetManifestAndSource>> successors(
      String area, List<RuleSetManifestAndSource> list) {
    Map<String, RuleSetManifestAndSource> byName = new HashMap<>();
    list.forEach(v -> byName.put(v.manifest().version(), v));
    Map<String, RuleSetManifestAndSource> by = new HashMap<>();
    for (RuleSetManifestAndSource v : list) {
      String target = v.manifest().supersedes();
      if (target == null) {
        continue;
      }
      String file = v.source().location() + "/" + MANIFEST;
      if (!byName.containsKey(target)
          || target.equals(v.manifest().version())
          || v.manifest().effectiveFrom().isAfter(byName.get(target).manifest().effectiveFrom())) {
        // Naming a version this store does not hold supersedes nothing here (a store may hold
        // part of an area; the validator reports it); a version that starts after the one it
        // names is its successor, an ordinary later version, not a correction.
        continue;
      }
      RuleSetManifestAndSource earlier = by.put(target, v);
      require(
          file,
          earlier == null,
          "the "
              + area
              + " version "
              + target
              + " is superseded by both "
              + (earlier == null ? "" : earlier.manifest().version())
              + " and "
              + v.manifest().version()
              + "; a further correction supersedes the latest correction, not the original");
    }
    Map<String, List<RuleSetManifestAndSource>> out = new HashMap<>();
    for (String start : by.keySet()) {
      List<RuleSetManifestAndSource> chain = new ArrayList<>();
      Set<String> seen = new HashSet<>(List.of(start));
      for (RuleSetManifestAndSource s = by.get(start);
          s != null;
          s = by.get(s.manifest().version())) {
        if (!seen.add(s.manifest().version())) {
          throw new InvalidRuleSetException(
              area, "the versions " + seen + " supersede each other in a circle; break the chain");
        }
        chain.add(s);
      }
      out.put(start, chain);
    }
    return out;
  }

  /**
   * A replaced version's last day, for pinning: its own {@code effectiveTo}, or the day before the
   * next version of its area that starts after it, or open.
   */
  private static LocalDate lastDayOf(RuleSetManifest m, List<RuleSetManifestAndSource> all) {
    if (m.effectiveTo() != null) {
      return m.effectiveTo();
    }
    return all.stream()
        .map(v -> v.manifest().effectiveFrom())
        .filter(from -> from.isAfter(m.effectiveFrom()))
        .min(Comparator.naturalOrder())
        .map(from -> from.minusDays(1))
        .orElse(null);
  }

  private static List<RuleSetVersion> ordered(String area, List<RuleSetManifestAndSource> list) {
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

  /** Every version of the area, superseded ones included, by first day. */
  public List<RuleSetVersion> versions(String area) {
    return byArea.getOrDefault(area, List.of());
  }

  /** The version that supersedes {@code v} (the next correction in its chain), if any. */
  public Optional<RuleSetVersion> supersededBy(RuleSetVersion v) {
    return versions(v.area()).stream()
        .filter(c -> v.version().equals(c.manifest().supersedes()))
        .findFirst();
  }

  /**
   * True when a version of its chain claims all of {@code v}'s days: {@code v} is then selected
   * only by pin.
   */
  public boolean isSuperseded(RuleSetVersion v) {
    return replaced.contains(v.area() + "/" + v.version());
  }

  public List<RuleSetVersion> all() {
    return byArea.values().stream().flatMap(List::stream).toList();
  }

  /** The periods of the versions selected by date (superseded versions left out). */
  public List<Period> periods(String area) {
    return versions(area).stream()
        .filter(v -> !isSuperseded(v))
        .map(RuleSetVersion::period)
        .toList();
  }

  public Optional<RuleSetVersion> find(String area, String version) {
    return versions(area).stream().filter(v -> v.version().equals(version)).findFirst();
  }

  /** The version in force in {@code area} on {@code date}, if any. */
  public Optional<RuleSetVersion> inForce(String area, LocalDate date) {
    return versions(area).stream().filter(v -> v.covers(date) && !isSuperseded(v)).findFirst();
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
