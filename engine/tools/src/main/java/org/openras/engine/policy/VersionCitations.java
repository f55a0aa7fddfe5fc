package org.openras.engine.policy;

import java.util.ArrayList;
import java.util.List;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Every citation a version makes, with the file and line it is written on: each rule's {@code
 * @source}, each parameter's {@code reference} title, and the reference titles of the points table
 * and the eligibility criteria. (A manifest's {@code references} are a reading list with their own
 * urls, not citations.)
 */
final class VersionCitations {
  private static final List<String> TABLES = List.of("questionnaire.yaml", "criteria.yaml");

  /**
   * One citation as written.
   *
   * @param file the file inside the version ({@code Ras.drl})
   * @param line its line, from 1 (0 when it could not be found)
   * @param what the rule or parameter that cites, in words
   * @param text the citation
   */
  record Cited(String file, int line, String what, String text) {}

  private VersionCitations() {}

  static List<Cited> of(RuleSetSource source) {
    List<Cited> out = new ArrayList<>();
    for (DrlRules.DrlRule r : DrlRules.read(source)) {
      if (r.source() != null && !r.source().isBlank()) {
        String file = r.file().substring(source.location().length() + 1);
        out.add(
            new Cited(
                file,
                sourceLine(source.text(file), r.line()),
                "rule \"" + r.name() + "\"",
                r.source()));
      }
    }
    if (source.has("parameters.yaml")) {
      String text = source.text("parameters.yaml");
      JsonNode root = read(text);
      YamlLines lines = new YamlLines(text);
      if (root != null && root.isObject()) {
        for (var p : root.properties()) {
          String title = p.getValue().path("reference").path("title").asString(null);
          if (title != null && !title.isBlank()) {
            out.add(
                new Cited(
                    "parameters.yaml",
                    lines.line(p.getKey(), "reference", "title"),
                    "parameter '" + p.getKey() + "'",
                    title));
          }
        }
      }
    }
    for (String table : TABLES) {
      if (source.has(table)) {
        String text = source.text(table);
        JsonNode root = read(text);
        if (root != null) {
          references(table, text, root, "", out);
        }
      }
    }
    return out;
  }

  private static void references(
      String file, String text, JsonNode node, String path, List<Cited> out) {
    if (node.isObject()) {
      String title = node.path("reference").path("title").asString(null);
      if (title != null && !title.isBlank()) {
        out.add(
            new Cited(
                file,
                lineContaining(text, title),
                "the reference" + (path.isEmpty() ? "" : " of " + path),
                title));
      }
      for (var p : node.properties()) {
        if (!p.getKey().equals("reference")) {
          references(file, text, p.getValue(), path.isEmpty() ? p.getKey() : path, out);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        references(file, text, item, path, out);
      }
    }
  }

  private static JsonNode read(String text) {
    try {
      return Yaml.mapper().readTree(text);
    } catch (JacksonException e) {
      return null; // the file's own check reports it
    }
  }

  /** The line of the rule's {@code @source}, at or after its header (the header when not found). */
  private static int sourceLine(String text, int ruleLine) {
    String[] lines = text.split("\n", -1);
    for (int i = Math.max(0, ruleLine - 1); i < lines.length; i++) {
      if (lines[i].contains("@source")) {
        return i + 1;
      }
      if (i >= ruleLine && lines[i].strip().equals("end")) {
        break;
      }
    }
    return ruleLine;
  }

  private static int lineContaining(String text, String title) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(title)) {
        return i + 1;
      }
    }
    return 0;
  }
}
