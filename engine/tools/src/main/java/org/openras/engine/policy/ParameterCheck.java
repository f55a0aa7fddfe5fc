package org.openras.engine.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.openras.engine.catalogue.RuleSetManifest;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Every parameter has a unit, a period (week, year or none), a reference with a title, and values
 * keyed by the date each takes effect; each value is a number, text or true/false, with a marker of
 * R, D or I when it has one (DESIGN.md §3). Each finding names the line of the parameter.
 */
final class ParameterCheck {
  private static final Set<String> MARKERS = Set.of("R", "D", "I");

  private ParameterCheck() {}

  /** The parsed file, or null when there is none or it cannot be read. */
  static JsonNode check(VersionFolder folder, RuleSetManifest manifest, List<Finding> out) {
    if (!folder.source().has(ParameterSet.FILE)) {
      return null;
    }
    String file = folder.file(ParameterSet.FILE);
    String text = folder.source().text(ParameterSet.FILE);
    JsonNode root;
    try {
      root = Yaml.mapper().readTree(text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      out.add(
          Finding.error(
              file, line, "cannot be read: " + e.getOriginalMessage(), "correct the YAML"));
      return null;
    }
    if (root == null || !root.isObject()) {
      out.add(Finding.error(file, 1, "holds no parameters", "write one block per parameter"));
      return null;
    }
    YamlLines lines = new YamlLines(text);
    LocalDate from = manifest == null ? null : manifest.effectiveFrom();
    for (var p : root.properties()) {
      parameter(file, lines, p.getKey(), p.getValue(), from, out);
    }
    return root;
  }

  private static void parameter(
      String file, YamlLines lines, String name, JsonNode node, LocalDate from, List<Finding> out) {
    int line = lines.line(name);
    if (!node.isObject()) {
      out.add(
          Finding.error(
              file,
              line,
              "parameter '" + name + "' is not a block",
              "give it description, unit, period, reference and values"));
      return;
    }
    required(
        file,
        line,
        name,
        node,
        "unit",
        "add 'unit:' (GBP, share, factor, points, weeks, years ...)",
        out);
    required(file, line, name, node, "period", "add 'period:' (week, year, or none)", out);
    JsonNode ref = node.get("reference");
    if (ref == null || !ref.isObject() || blank(ref.get("title"))) {
      out.add(
          Finding.error(
              file,
              line,
              "parameter '" + name + "' has no reference",
              "add 'reference: {title: ..., url: ...}' naming the regulation, circular or council decision"));
    }
    if (blank(node.get("description"))) {
      out.add(
          Finding.warning(
              file,
              line,
              "parameter '" + name + "' has no description",
              "add 'description:', what the figure is, in words (the diff and trace show it)"));
    }
    values(file, lines, name, node.get("values"), from, out);
  }

  private static void values(
      String file,
      YamlLines lines,
      String name,
      JsonNode values,
      LocalDate from,
      List<Finding> out) {
    int line = lines.line(name, "values");
    if (values == null || !values.isObject() || values.isEmpty()) {
      out.add(
          Finding.error(
              file,
              line == 0 ? lines.line(name) : line,
              "parameter '" + name + "' has no values",
              "add 'values:', keyed by the date each takes effect"));
      return;
    }
    LocalDate first = null;
    for (var dated : values.properties()) {
      int at = lines.line(name, "values", dated.getKey());
      LocalDate date;
      try {
        date = LocalDate.parse(dated.getKey());
      } catch (DateTimeParseException e) {
        out.add(
            Finding.error(
                file,
                at,
                "parameter '" + name + "': '" + dated.getKey() + "' is not a date",
                "key each value by the date it takes effect (yyyy-MM-dd)"));
        continue;
      }
      first = first == null || date.isBefore(first) ? date : first;
      dated(file, at, name + " on " + date, dated.getValue(), out);
    }
    if (first != null && from != null && first.isAfter(from)) {
      out.add(
          Finding.warning(
              file,
              line,
              "parameter '" + name + "' has no value from " + from + " to " + first.minusDays(1),
              "a calculation in those days that needs it will fail; add a value dated "
                  + from
                  + " if one applies"));
    }
  }

  private static void dated(String file, int line, String where, JsonNode node, List<Finding> out) {
    if (node.isObject() && !node.has("value")) {
      for (var keyed : node.properties()) {
        value(file, line, where + " key " + keyed.getKey(), keyed.getValue(), out);
      }
    } else {
      value(file, line, where, node, out);
    }
  }

  private static void value(String file, int line, String where, JsonNode node, List<Finding> out) {
    JsonNode raw = node.isObject() ? node.get("value") : node;
    if (raw == null || !raw.isValueNode() || raw.isNull()) {
      out.add(
          Finding.error(
              file,
              line,
              "parameter '" + where + "' has no value",
              "give a number, text or true/false"));
    }
    JsonNode marker = node.isObject() ? node.get("marker") : null;
    if (marker != null && !MARKERS.contains(marker.asString())) {
      out.add(
          Finding.error(
              file,
              line,
              "parameter '" + where + "' has marker '" + marker.asString() + "'",
              "use R (read in a source), D (derived) or I (illustrative or inferred)"));
    }
  }

  private static void required(
      String file,
      int line,
      String name,
      JsonNode node,
      String field,
      String whatToDo,
      List<Finding> out) {
    if (blank(node.get(field))) {
      out.add(Finding.error(file, line, "parameter '" + name + "' has no " + field, whatToDo));
    }
  }

  private static boolean blank(JsonNode node) {
    return node == null || node.isNull() || node.asString().isBlank();
  }
}
