package org.openras.engine.params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetManifest.Reference;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The figures of one rule-set version ({@code parameters.yaml}), each keyed by the date it takes
 * effect (DESIGN.md §3: logic and figures change at different speeds). Within the version in force
 * on a date, each parameter takes the value in force on that date.
 */
public final class ParameterSet {
  public static final String FILE = "parameters.yaml";

  private final String area;
  private final String version;
  private final Map<String, ParameterDefinition> definitions;
  // Every read a calculation can record, built once: by name, then the date a value takes effect,
  // then key. A calculation looks its reads up instead of building them again.
  private final Map<String, NavigableMap<LocalDate, Map<String, ParameterRead>>> reads =
      new HashMap<>();

  private ParameterSet(String area, String version, Map<String, ParameterDefinition> definitions) {
    this.area = area;
    this.version = version;
    this.definitions = Collections.unmodifiableMap(definitions);
    definitions.forEach((name, def) -> reads.put(name, reads(def)));
  }

  private NavigableMap<LocalDate, Map<String, ParameterRead>> reads(ParameterDefinition def) {
    String reference =
        def.reference().title()
            + (def.reference().url() == null ? "" : " <" + def.reference().url() + ">");
    NavigableMap<LocalDate, Map<String, ParameterRead>> byDate = new TreeMap<>();
    def.values()
        .forEach(
            (from, keyed) -> {
              Map<String, ParameterRead> byKey = new HashMap<>();
              keyed.forEach(
                  (key, value) ->
                      byKey.put(
                          key,
                          new ParameterRead(
                              area,
                              version,
                              def.name(),
                              key,
                              value.text(),
                              from,
                              def.unit(),
                              def.period(),
                              reference,
                              value.marker())));
              byDate.put(from, byKey);
            });
    return byDate;
  }

  public static ParameterSet empty(String area, String version) {
    return new ParameterSet(area, version, Map.of());
  }

  public static ParameterSet load(RuleSetVersion v) {
    if (!v.source().has(FILE)) {
      return empty(v.area(), v.version());
    }
    String file = v.source().location() + "/" + FILE;
    JsonNode root;
    try {
      root = Yaml.mapper().readTree(v.source().text(FILE));
    } catch (JacksonException e) {
      throw new InvalidRuleSetException(file, "cannot be read: " + e.getOriginalMessage(), e);
    }
    Map<String, ParameterDefinition> defs = new LinkedHashMap<>();
    for (var entry : root.properties()) {
      defs.put(entry.getKey(), definition(file, entry.getKey(), entry.getValue()));
    }
    return new ParameterSet(v.area(), v.version(), defs);
  }

  private static ParameterDefinition definition(String file, String name, JsonNode node) {
    String where = file + " parameter '" + name + "'";
    String unit = required(where, node, "unit");
    String period = required(where, node, "period");
    JsonNode ref = node.get("reference");
    if (ref == null || ref.get("title") == null) {
      throw new InvalidRuleSetException(where, "add 'reference: {title: ..., url: ...}'");
    }
    Reference reference =
        new Reference(
            ref.get("title").asString(), ref.has("url") ? ref.get("url").asString() : null);
    JsonNode values = node.get("values");
    if (values == null || !values.isObject() || values.isEmpty()) {
      throw new InvalidRuleSetException(where, "add 'values', keyed by the date each takes effect");
    }
    NavigableMap<LocalDate, Map<String, ParameterValue>> byDate = new TreeMap<>();
    for (var dated : values.properties()) {
      LocalDate from;
      try {
        from = LocalDate.parse(dated.getKey());
      } catch (DateTimeParseException e) {
        throw new InvalidRuleSetException(
            where, "'" + dated.getKey() + "' is not a date (yyyy-MM-dd) a value takes effect");
      }
      byDate.put(from, values(where + " on " + from, dated.getValue()));
    }
    String description = node.has("description") ? node.get("description").asString() : name;
    return new ParameterDefinition(name, description, unit, period, reference, byDate);
  }

  private static Map<String, ParameterValue> values(String where, JsonNode node) {
    Map<String, ParameterValue> out = new LinkedHashMap<>();
    if (node.isObject() && !node.has("value")) {
      for (var keyed : node.properties()) {
        out.put(keyed.getKey(), value(where + " key " + keyed.getKey(), keyed.getValue()));
      }
    } else {
      out.put(ParameterDefinition.NO_KEY, value(where, node));
    }
    return out;
  }

  private static ParameterValue value(String where, JsonNode node) {
    JsonNode raw = node.isObject() ? node.get("value") : node;
    if (raw == null || !(raw.isValueNode()) || raw.isNull()) {
      throw new InvalidRuleSetException(where, "a value must be a number, text or true/false");
    }
    String marker = node.isObject() && node.has("marker") ? node.get("marker").asString() : null;
    String note = node.isObject() && node.has("note") ? node.get("note").asString() : null;
    return new ParameterValue(raw.asString(), marker, note);
  }

  private static String required(String where, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.asString().isBlank()) {
      throw new InvalidRuleSetException(where, "add '" + field + "'");
    }
    return value.asString();
  }

  public Map<String, ParameterDefinition> definitions() {
    return definitions;
  }

  /**
   * The value of {@code name} (under {@code key}, or {@link ParameterDefinition#NO_KEY}) in force
   * on {@code date}.
   *
   * @throws MissingParameterException when the rule set holds no such value for the date
   */
  public ParameterRead read(String name, String key, LocalDate date) {
    ParameterDefinition def = definitions.get(name);
    if (def == null) {
      throw new MissingParameterException(area, version, name, date, "it is not in " + FILE);
    }
    var dated = def.values().floorEntry(date);
    if (dated == null) {
      throw new MissingParameterException(
          area,
          version,
          qualified(name, key),
          def.description(),
          date,
          "its first value takes effect on " + def.values().firstKey());
    }
    ParameterRead read = reads.get(name).get(dated.getKey()).get(key);
    if (read == null) {
      throw new MissingParameterException(
          area,
          version,
          qualified(name, key),
          def.description(),
          date,
          absent(key, dated.getKey(), dated.getValue().keySet()));
    }
    return read;
  }

  /** True when {@code name} has a value under {@code key} in force on {@code date}. */
  public boolean has(String name, String key, LocalDate date) {
    ParameterDefinition def = definitions.get(name);
    var dated = def == null ? null : def.values().floorEntry(date);
    return dated != null && dated.getValue().containsKey(key);
  }

  public BigDecimal decimal(String name, String key, LocalDate date) {
    return new BigDecimal(read(name, key, date).value());
  }

  private static String absent(String key, LocalDate from, java.util.Set<String> keys) {
    String which = key.isEmpty() ? "no value" : "no value for '" + key + "'";
    return keys.isEmpty()
        ? which + " is in force from " + from + " (no source gives one from that date)"
        : which + " is in force from " + from + " (values are given for " + keys + ")";
  }

  private static String qualified(String name, String key) {
    return key.isEmpty() ? name : name + "[" + key + "]";
  }
}
