package org.openras.engine.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.sources.Bibliography;
import org.openras.engine.sources.Resolution;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;

/**
 * Every version of measure definitions and every council's plan, read from {@code rules/measures/}
 * (a checkout's folder or the rules jar), checked when read: each definition cites a source of the
 * bibliography, ids are unique within what is in force together, a numerator counts only what its
 * denominator counts, and each milestone names a measure of its council.
 */
public final class MeasureLibrary {
  /** The file of a version folder. */
  public static final String FILE = "measures.yaml";

  /** A council's plan, in its folder. */
  public static final String PLAN = "plan.yaml";

  private final List<MeasureVersion> versions;
  private final Map<String, Plan> plans;
  private final Bibliography bibliography;

  private MeasureLibrary(
      List<MeasureVersion> versions, Map<String, Plan> plans, Bibliography bibliography) {
    this.versions =
        versions.stream().sorted(Comparator.comparing(MeasureVersion::validFrom)).toList();
    this.plans = Map.copyOf(plans);
    this.bibliography = bibliography;
    check();
  }

  /** Reads {@code <rules>/measures/} and {@code <rules>/sources.yaml}. */
  public static MeasureLibrary fromDirectory(Path rules) {
    Map<String, byte[]> files = new TreeMap<>();
    Path root = rules.resolve("measures");
    if (Files.isDirectory(root)) {
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.filter(Files::isRegularFile).toList()) {
          files.put(rules.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      Path bib = rules.resolve(Bibliography.FILE);
      Bibliography b =
          Files.isRegularFile(bib)
              ? Bibliography.parse(Files.readAllBytes(bib), Bibliography.FILE)
              : Bibliography.empty();
      return of(files, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the rules jar on the classpath, through its index of files. */
  public static MeasureLibrary fromClasspath(ClassLoader loader) {
    Map<String, byte[]> files = new TreeMap<>();
    byte[] index = resource(loader, ClasspathRuleStore.INDEX);
    if (index == null) {
      throw new MeasureDefinitionException(
          ClasspathRuleStore.INDEX, "no rules jar on the classpath");
    }
    for (String line : new String(index, StandardCharsets.UTF_8).lines().toList()) {
      String path = line.strip();
      if (path.startsWith("measures/")) {
        files.put(path, resource(loader, ClasspathRuleStore.PREFIX + path));
      }
    }
    byte[] bib = resource(loader, ClasspathRuleStore.PREFIX + Bibliography.FILE);
    return of(files, bib == null ? Bibliography.empty() : Bibliography.parse(bib, "sources.yaml"));
  }

  private static byte[] resource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * From file contents keyed by their path under {@code rules/} ({@code
   * measures/2024-04-01/measures.yaml}).
   */
  public static MeasureLibrary of(Map<String, byte[]> files, Bibliography bibliography) {
    List<MeasureVersion> versions = new ArrayList<>();
    Map<String, Plan> plans = new LinkedHashMap<>();
    for (var e : new TreeMap<>(files).entrySet()) {
      String[] parts = e.getKey().split("/");
      String text = new String(e.getValue(), StandardCharsets.UTF_8);
      if (parts.length == 3 && parts[2].equals(FILE)) {
        versions.add(version(e.getKey(), parts[1], null, text));
      } else if (parts.length == 5 && parts[1].equals("councils") && parts[4].equals(FILE)) {
        versions.add(version(e.getKey(), parts[3], parts[2], text));
      } else if (parts.length == 4 && parts[1].equals("councils") && parts[3].equals(PLAN)) {
        plans.put(parts[2], plan(e.getKey(), parts[2], text));
      }
    }
    return new MeasureLibrary(versions, plans, bibliography);
  }

  private record VersionFile(LocalDate validFrom, String title, List<MeasureDefinition> measures) {}

  private record PlanFile(String title, String source, List<Milestone> milestones) {}

  private static MeasureVersion version(String path, String folder, String council, String text) {
    try {
      VersionFile f = Yaml.mapper().readValue(text, VersionFile.class);
      if (f.validFrom() == null) {
        throw new MeasureDefinitionException(path, "validFrom is missing");
      }
      if (!folder.startsWith(f.validFrom().toString())) {
        throw new MeasureDefinitionException(
            path, "the folder's name must start with its validFrom date " + f.validFrom());
      }
      return new MeasureVersion(folder, council, f.validFrom(), f.title(), f.measures());
    } catch (JacksonException e) {
      throw new MeasureDefinitionException(path, e.getOriginalMessage());
    }
  }

  private static Plan plan(String path, String council, String text) {
    try {
      PlanFile f = Yaml.mapper().readValue(text, PlanFile.class);
      return new Plan(council, f.title(), f.source(), f.milestones());
    } catch (JacksonException e) {
      throw new MeasureDefinitionException(path, e.getOriginalMessage());
    }
  }

  private void check() {
    for (MeasureVersion v : versions) {
      Set<String> ids = new HashSet<>();
      for (MeasureDefinition d : v.measures()) {
        String where = v.location() + "/" + FILE + " measure " + d.id();
        if (d.id() == null || !d.id().matches("[a-z][a-z0-9-]*")) {
          throw new MeasureDefinitionException(where, "an id is lower-case words joined by '-'");
        }
        if (!ids.add(d.id())) {
          throw new MeasureDefinitionException(where, "the id is used twice");
        }
        if (!"national".equals(d.owner()) && !"council".equals(d.owner())) {
          throw new MeasureDefinitionException(where, "owner is 'national' or 'council'");
        }
        if ((v.council() == null) == d.ownedByCouncil()) {
          throw new MeasureDefinitionException(
              where, "council measures live under measures/councils/, national ones do not");
        }
        if (d.clientTypes().isEmpty() || d.settings().isEmpty() || d.denominator().isEmpty()) {
          throw new MeasureDefinitionException(
              where, "clientTypes, settings and denominator must each list at least one value");
        }
        if (d.counting() == null) {
          throw new MeasureDefinitionException(where, "counting is missing");
        }
        if (!d.denominator().containsAll(d.numerator())) {
          throw new MeasureDefinitionException(
              where, "the numerator counts a way of managing a budget its denominator does not");
        }
        if (!bibliography.isEmpty()) {
          Resolution r = bibliography.resolve(d.source());
          if (!r.resolved()) {
            throw new MeasureDefinitionException(
                where, "source '" + d.source() + "': " + String.join("; ", r.problems()));
          }
        }
      }
    }
    for (Plan p : plans.values()) {
      for (Milestone m : p.milestones()) {
        if (versions.stream()
            .flatMap(v -> v.measures().stream())
            .noneMatch(d -> d.id().equals(m.measure()))) {
          throw new MeasureDefinitionException(
              "measures/councils/" + p.council() + "/" + PLAN,
              "milestone '"
                  + m.words()
                  + "' names measure '"
                  + m.measure()
                  + "', which no version defines");
        }
        if (m.target() == null || m.target().signum() < 0 || m.target().intValue() > 100) {
          throw new MeasureDefinitionException(
              "measures/councils/" + p.council() + "/" + PLAN,
              "milestone '" + m.words() + "' needs a target from 0 to 100");
        }
      }
      if (!bibliography.isEmpty() && !bibliography.resolve(p.source()).resolved()) {
        throw new MeasureDefinitionException(
            "measures/councils/" + p.council() + "/" + PLAN,
            "source '" + p.source() + "' is not in the bibliography");
      }
    }
  }

  public List<MeasureVersion> versions() {
    return versions;
  }

  public Bibliography bibliography() {
    return bibliography;
  }

  /** The councils with their own measures or a plan. */
  public Set<String> councils() {
    Set<String> out = new java.util.TreeSet<>(plans.keySet());
    versions.stream().map(MeasureVersion::council).filter(c -> c != null).forEach(out::add);
    return out;
  }

  public Optional<Plan> plan(String council) {
    return Optional.ofNullable(plans.get(council));
  }

  /** The national version in force for a period ending on {@code day}, if any. */
  public Optional<MeasureVersion> national(LocalDate day) {
    return inForce(day, null);
  }

  /** The council's own version in force for a period ending on {@code day}, if any. */
  public Optional<MeasureVersion> councils(LocalDate day, String council) {
    return council == null ? Optional.empty() : inForce(day, council);
  }

  private Optional<MeasureVersion> inForce(LocalDate day, String council) {
    MeasureVersion found = null;
    for (MeasureVersion v : versions) {
      if (java.util.Objects.equals(v.council(), council) && !v.validFrom().isAfter(day)) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every measure id defined by any national version or by the council's own versions. */
  public List<String> measureIds(String council) {
    List<String> out = new ArrayList<>();
    for (MeasureVersion v : versions) {
      if (v.council() == null || v.council().equals(council)) {
        v.measures().stream()
            .map(MeasureDefinition::id)
            .filter(id -> !out.contains(id))
            .forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The definition of measure {@code id} in force for a period ending on {@code day}, with its
   * version, if the measure is defined then.
   */
  public Optional<Defined> definition(String id, LocalDate day, String council) {
    for (Optional<MeasureVersion> v : List.of(national(day), councils(day, council))) {
      if (v.isPresent()) {
        for (MeasureDefinition d : v.get().measures()) {
          if (d.id().equals(id)) {
            return Optional.of(new Defined(v.get(), d));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A definition and the version it belongs to. */
  public record Defined(MeasureVersion version, MeasureDefinition definition) {}
}
