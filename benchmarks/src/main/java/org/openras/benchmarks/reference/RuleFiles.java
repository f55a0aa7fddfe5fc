package org.openras.benchmarks.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the rules jar on the classpath ({@code openras-rules/index.txt}) with a YAML reader of the
 * reference's own, not the engine's loaders: the versions of an area with their periods, and a
 * version's files.
 */
final class RuleFiles {
  private static final String PREFIX = "openras-rules/";
  private static final YAMLMapper YAML = new YAMLMapper();

  /** One version of an area: its folder, first and last day in force (epoch days). */
  record Version(String area, String version, long fromDay, long toDay, JsonNode manifest) {
    boolean covers(long day) {
      return day >= fromDay && day <= toDay;
    }

    LocalDate from() {
      return LocalDate.ofEpochDay(fromDay);
    }

    LocalDate last() {
      return toDay == Long.MAX_VALUE ? LocalDate.MAX : LocalDate.ofEpochDay(toDay);
    }

    JsonNode file(String name) {
      return yaml(area + "/" + version + "/" + name);
    }

    /** The version's {@code parameters.yaml}; an empty object when it has none. */
    JsonNode parameters() {
      return exists(area + "/" + version + "/parameters.yaml")
          ? file("parameters.yaml")
          : YAML.createObjectNode();
    }
  }

  private RuleFiles() {}

  /** The area names of the rules jar (council overlays as {@code councils/<council>}). */
  static List<String> areas() {
    List<String> out = new ArrayList<>();
    for (String path : manifests()) {
      String area = path.substring(0, path.lastIndexOf('/', path.lastIndexOf('/') - 1));
      if (!out.contains(area)) {
        out.add(area);
      }
    }
    return out;
  }

  /**
   * The versions of an area in date order; a version without {@code effectiveTo} runs to the day
   * before the next one starts, or without end.
   */
  static List<Version> versions(String area) {
    List<JsonNode> all = new ArrayList<>();
    for (String path : manifests()) {
      if (path.startsWith(area + "/")
          && path.indexOf('/', area.length() + 1) == path.lastIndexOf('/')) {
        all.add(yaml(path));
      }
    }
    // A correction (supersedes: X, from X's first day or earlier) replaces X (docs/adr/0006).
    java.util.Set<String> replaced = new java.util.HashSet<>();
    for (JsonNode m : all) {
      String target = m.path("supersedes").asString(null);
      for (JsonNode x : all) {
        if (target != null
            && x.get("version").asString().equals(target)
            && !LocalDate.parse(m.get("effectiveFrom").asString())
                .isAfter(LocalDate.parse(x.get("effectiveFrom").asString()))) {
          replaced.add(target);
        }
      }
    }
    NavigableMap<LocalDate, JsonNode> byStart = new TreeMap<>();
    for (JsonNode m : all) {
      if (!replaced.contains(m.get("version").asString())) {
        byStart.put(LocalDate.parse(m.get("effectiveFrom").asString()), m);
      }
    }
    List<Version> out = new ArrayList<>();
    for (var entry : byStart.entrySet()) {
      JsonNode m = entry.getValue();
      LocalDate next = byStart.higherKey(entry.getKey());
      LocalDate last =
          m.hasNonNull("effectiveTo")
              ? LocalDate.parse(m.get("effectiveTo").asString())
              : next == null ? null : next.minusDays(1);
      out.add(
          new Version(
              area,
              m.get("version").asString(),
              entry.getKey().toEpochDay(),
              last == null ? Long.MAX_VALUE : last.toEpochDay(),
              m));
    }
    return out;
  }

  /** The version of a list in force on a day, or null. */
  static <T> T inForce(List<Version> versions, List<T> built, long day) {
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).covers(day)) {
        return built.get(i);
      }
    }
    return null;
  }

  /**
   * A parameter's values as text, keyed by the date each takes effect and then by key ({@code ""}
   * for an unkeyed value); empty when the version has no such parameter.
   */
  static NavigableMap<LocalDate, Map<String, String>> values(JsonNode parameters, String name) {
    NavigableMap<LocalDate, Map<String, String>> out = new TreeMap<>();
    JsonNode values = parameters.path(name).path("values");
    for (String day : values.propertyNames()) {
      JsonNode v = values.get(day);
      Map<String, String> keyed = new LinkedHashMap<>();
      if (v.isObject() && !v.has("value")) {
        for (String key : v.propertyNames()) {
          keyed.put(key, text(v.get(key)));
        }
      } else {
        keyed.put("", text(v));
      }
      out.put(LocalDate.parse(day), keyed);
    }
    return out;
  }

  private static String text(JsonNode v) {
    return (v.isObject() ? v.get("value") : v).asString();
  }

  private static List<String> manifests() {
    return text("index.txt")
        .lines()
        .map(String::strip)
        .filter(p -> p.endsWith("/ruleset.yaml"))
        .toList();
  }

  static JsonNode yaml(String path) {
    return YAML.readTree(text(path));
  }

  private static boolean exists(String path) {
    return RuleFiles.class.getClassLoader().getResource(PREFIX + path) != null;
  }

  static String text(String path) {
    try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(PREFIX + path)) {
      if (in == null) {
        throw new IllegalStateException("no " + PREFIX + path + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
