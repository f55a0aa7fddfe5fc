package org.openras.benchmarks.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One parameter of one version, parsed once: its values keyed by the day each takes effect and then
 * by key ({@code ""} when unkeyed). The value in force on a day is the latest dated on or before
 * it, as the engine's parameter sets read them; a key the dated entry leaves out has no value.
 *
 * @param <V> the parsed value (whole pence, a {@link Factor}, a number, text)
 */
final class Dated<V> {
  static final String NO_KEY = "";

  private final String name;
  private final long[] days;
  private final List<Map<String, V>> values;

  private Dated(String name, long[] days, List<Map<String, V>> values) {
    this.name = name;
    this.days = days;
    this.values = values;
  }

  static <V> Dated<V> of(JsonNode parameters, String name, Function<String, V> parse) {
    NavigableMap<LocalDate, Map<String, String>> text = RuleFiles.values(parameters, name);
    long[] days = new long[text.size()];
    List<Map<String, V>> values = new ArrayList<>();
    int i = 0;
    for (var entry : text.entrySet()) {
      days[i++] = entry.getKey().toEpochDay();
      Map<String, V> parsed = new HashMap<>();
      entry.getValue().forEach((k, v) -> parsed.put(k, parse.apply(v)));
      values.add(parsed);
    }
    return new Dated<>(name, days, values);
  }

  /** True when the version lists the parameter at all, whatever the date. */
  boolean defined() {
    return days.length > 0;
  }

  /** True when a value is in force on the day under the key. */
  boolean has(long day, String key) {
    Map<String, V> m = entry(day);
    return m != null && m.containsKey(key);
  }

  /**
   * The value in force on the day under the key.
   *
   * @throws IllegalStateException when there is none, as the engine refuses a missing figure
   */
  V at(long day, String key) {
    Map<String, V> m = entry(day);
    V v = m == null ? null : m.get(key);
    if (v == null) {
      throw new IllegalStateException(
          "no value of " + name + (key.isEmpty() ? "" : "[" + key + "]") + " on " + day);
    }
    return v;
  }

  V at(long day) {
    return at(day, NO_KEY);
  }

  private Map<String, V> entry(long day) {
    for (int i = days.length - 1; i >= 0; i--) {
      if (days[i] <= day) {
        return values.get(i);
      }
    }
    return null;
  }
}
