package org.openras.engine.uprating;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.yaml.Yaml;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files of an uprating draft, without its cases: the source's manifest with the new version,
 * first day, title and summary naming the year (no last day, no supersession), its rule files with
 * the package moved to the new folder, {@code parameters.yaml} holding each figure from the new day
 * as the officer entered it (a figure left blank is absent, never zero), and every other file as it
 * was.
 */
public final class UpratingFiles {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;?");

  private UpratingFiles() {}

  /** The draft's files, each by its path in the version folder; cases are added separately. */
  public static SortedMap<String, byte[]> of(RuleSetVersion source, UpratingDraft draft) {
    String drlPackage =
        "org.openras.rules."
            + draft.area().replace('/', '.').replace('-', '_')
            + ".v"
            + draft.version().replace('-', '_');
    SortedMap<String, byte[]> out = new TreeMap<>();
    for (var file : source.source().files().entrySet()) {
      String name = file.getKey();
      if (name.startsWith("cases/")) {
        continue;
      } else if (name.equals(RuleSetCatalogue.MANIFEST)) {
        out.put(name, bytes(manifest(source, draft)));
      } else if (name.equals(ParameterSet.FILE)) {
        out.put(name, bytes(parameters(source, draft)));
      } else if (name.endsWith(".drl")) {
        out.put(name, bytes(drl(source.source().text(name), drlPackage)));
      } else {
        out.put(name, file.getValue());
      }
    }
    return out;
  }

  /** The draft as a version folder a store would read, with {@code cases} beside its files. */
  public static RuleSetSource source(
      RuleSetVersion source, UpratingDraft draft, Map<String, byte[]> cases) {
    SortedMap<String, byte[]> files = of(source, draft);
    files.putAll(cases);
    return new RuleSetSource(draft.area(), draft.version(), files);
  }

  /** " Absent from this year: a, b." naming each figure left blank, or "" when none is. */
  private static String absentFigures(UpratingDraft draft) {
    List<String> absent =
        draft.figures().stream().filter(UpratingFigure::absent).map(UpratingFigure::id).toList();
    return absent.isEmpty()
        ? ""
        : " Absent from " + draft.year() + ": " + String.join(", ", absent) + ".";
  }

  static String manifest(RuleSetVersion source, UpratingDraft draft) {
    ObjectNode m = (ObjectNode) Yaml.mapper().readTree(source.source().text("ruleset.yaml"));
    m.put("version", draft.version());
    m.put("effectiveFrom", draft.effectiveFrom().toString());
    m.remove("effectiveTo");
    String title = source.manifest().title().replaceFirst("\\s*\\([^)]*\\)\\s*$", "");
    m.put("title", title + ": " + draft.year() + " figures");
    m.put(
        "summary",
        "The "
            + draft.year()
            + " figures, in force from "
            + draft.effectiveFrom()
            + (draft.circularTitle() == null ? "" : ", from " + draft.circularTitle())
            + ", uprated from "
            + source.version()
            + " in OpenRAS; figures not given are absent and a calculation that needs one is"
            + " refused naming it. The logic is that of "
            + draft.area()
            + " "
            + source.version()
            + ", unchanged (its summary describes it)."
            + absentFigures(draft));
    m.putNull("supersedes");
    if (draft.circularTitle() != null) {
      ArrayNode refs =
          m.has("references") ? (ArrayNode) m.get("references") : m.putArray("references");
      ObjectNode r = refs.addObject().put("title", draft.circularTitle());
      if (draft.circularUrl() != null) {
        r.put("url", draft.circularUrl());
      }
    }
    return "# "
        + draft.area()
        + " "
        + draft.version()
        + ": next year's figures, made from "
        + source.version()
        + " by the April uprating (openras policy uprate, or the policy pages).\n"
        + Yaml.mapper().writeValueAsString(m);
  }

  static String drl(String text, String drlPackage) {
    if (!PACKAGE.matcher(text).find()) {
      return text;
    }
    return PACKAGE.matcher(text).replaceFirst("package " + drlPackage + ";");
  }

  static String parameters(RuleSetVersion source, UpratingDraft draft) {
    ObjectNode root = (ObjectNode) Yaml.mapper().readTree(source.source().text("parameters.yaml"));
    Map<String, ObjectNode> dated = new LinkedHashMap<>();
    for (var p : root.properties()) {
      ObjectNode values = ((ObjectNode) p.getValue()).putObject("values");
      dated.put(p.getKey(), values.putObject(draft.effectiveFrom().toString()));
    }
    for (UpratingFigure f : draft.figures()) {
      ObjectNode on = dated.get(f.parameter());
      if (on == null || f.absent()) {
        continue;
      }
      ObjectNode v = f.key().equals(ParameterDefinition.NO_KEY) ? on : on.putObject(f.key());
      v.put("value", f.newValue());
      if (f.newMarker() != null) {
        v.put("marker", f.newMarker());
      }
      String note = note(draft, f);
      if (note != null) {
        v.put("note", note);
      }
    }
    return "# Figures of "
        + draft.area()
        + " "
        + draft.version()
        + " ("
        + draft.year()
        + "), each in force from "
        + draft.effectiveFrom()
        + ": entered from the circular, carried\n# forward from "
        + source.version()
        + " where the officer said so, or absent (an empty map {}) where not given.\n"
        + Yaml.mapper().writeValueAsString(root);
  }

  private static String note(UpratingDraft draft, UpratingFigure f) {
    if (f.carried()) {
      return "carried forward from " + f.lastFrom() + (f.note() == null ? "" : ": " + f.note());
    }
    if (f.note() != null) {
      return f.note();
    }
    return draft.circularTitle();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
