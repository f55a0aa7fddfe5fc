package org.openras.engine.policy;

import java.util.List;
import java.util.regex.Pattern;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetManifest;
import org.openras.engine.catalogue.RuleSetManifest.Reference;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;

/**
 * A manifest is complete when it names its {@code area} and {@code version} (matching its folders),
 * its first day in force ({@code effectiveFrom}; {@code effectiveTo}, when given, not before it), a
 * {@code title}, a {@code summary} of what the version does, and at least one {@code reference}
 * with a title (and a URL where one exists); {@code supersedes}, when given, names another version
 * of the area.
 */
final class ManifestCheck {
  private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(-[a-z0-9]+)?");

  private ManifestCheck() {}

  /** The manifest, or null when it cannot be read (the finding says why). */
  static RuleSetManifest check(VersionFolder folder, List<Finding> out) {
    RuleSetSource source = folder.source();
    String file = folder.file(RuleSetCatalogue.MANIFEST);
    if (!source.has(RuleSetCatalogue.MANIFEST)) {
      out.add(Finding.error(file, 0, "the version has no manifest", "add ruleset.yaml"));
      return null;
    }
    String text = source.text(RuleSetCatalogue.MANIFEST);
    RuleSetManifest m;
    try {
      m = Yaml.mapper().readValue(text, RuleSetManifest.class);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      out.add(
          Finding.error(
              file,
              line,
              "the manifest cannot be read: " + e.getOriginalMessage(),
              "correct the YAML (keys: area, version, effectiveFrom, effectiveTo, title, summary,"
                  + " supersedes, illustrative, allowsGaps, references)"));
      return null;
    }
    fields(folder, m, new YamlLines(text), file, out);
    return m;
  }

  private static void fields(
      VersionFolder folder, RuleSetManifest m, YamlLines lines, String file, List<Finding> out) {
    String area = folder.source().area();
    String version = folder.source().folder();
    if (m.area() == null || !m.area().equals(area)) {
      out.add(
          Finding.error(
              file,
              lines.line("area"),
              m.area() == null
                  ? "the area is missing"
                  : "'area: " + m.area() + "' is not its folder",
              "write 'area: " + area + "'"));
    }
    if (m.version() == null || !m.version().equals(version)) {
      out.add(
          Finding.error(
              file,
              lines.line("version"),
              m.version() == null
                  ? "the version is missing"
                  : "'version: " + m.version() + "' is not its folder",
              "write 'version: " + version + "'"));
    }
    if (!VERSION.matcher(version).matches()) {
      out.add(
          Finding.error(
              file,
              0,
              "the folder name '" + version + "' is not a version",
              "name the folder after its first day (yyyy-MM-dd), optionally followed by -label"));
    }
    dates(m, lines, file, out);
    text(
        m.title(),
        "title",
        "add 'title:', the version's name as people will see it",
        lines,
        file,
        out);
    text(
        m.summary(),
        "summary",
        "add 'summary:', what the version does and what changed from the one before",
        lines,
        file,
        out);
    references(m.references(), lines, file, out);
    supersedes(folder, m, lines, file, out);
  }

  private static void dates(RuleSetManifest m, YamlLines lines, String file, List<Finding> out) {
    if (m.effectiveFrom() == null) {
      out.add(
          Finding.error(
              file,
              0,
              "the first day in force is missing",
              "add 'effectiveFrom: yyyy-MM-dd', the first day the version is in force"));
    } else if (m.effectiveTo() != null && m.effectiveTo().isBefore(m.effectiveFrom())) {
      out.add(
          Finding.error(
              file,
              lines.line("effectiveTo"),
              "'effectiveTo' "
                  + m.effectiveTo()
                  + " is before 'effectiveFrom' "
                  + m.effectiveFrom(),
              "give the last day in force, on or after the first"));
    }
  }

  private static void text(
      String value, String key, String whatToDo, YamlLines lines, String file, List<Finding> out) {
    if (value == null || value.isBlank()) {
      out.add(Finding.error(file, lines.line(key), "the " + key + " is missing", whatToDo));
    }
  }

  private static void references(
      List<Reference> references, YamlLines lines, String file, List<Finding> out) {
    if (references.isEmpty()) {
      out.add(
          Finding.error(
              file,
              lines.line("references"),
              "the version names no reference",
              "add 'references:', each with the title and url of the regulation, circular or"
                  + " council decision the version implements"));
      return;
    }
    for (int i = 0; i < references.size(); i++) {
      Reference r = references.get(i);
      int line = lines.line("references");
      if (r == null || r.title() == null || r.title().isBlank()) {
        out.add(
            Finding.error(
                file,
                line,
                "reference " + (i + 1) + " has no title",
                "give each reference a title"));
      } else if (r.url() == null || r.url().isBlank()) {
        // A council decision is not always published online: a missing url is worth a look only.
        out.add(
            Finding.warning(
                file,
                line,
                "reference " + (i + 1) + " (" + r.title() + ") has no url",
                "add the url where the public can read it, if there is one"));
      }
    }
  }

  private static void supersedes(
      VersionFolder folder, RuleSetManifest m, YamlLines lines, String file, List<Finding> out) {
    if (m.supersedes() == null
        || folder.siblings().stream().anyMatch(s -> s.folder().equals(m.supersedes()))) {
      return;
    }
    out.add(
        Finding.error(
            file,
            lines.line("supersedes"),
            "'supersedes: " + m.supersedes() + "' is not a version of " + folder.source().area(),
            "name the version this one replaces, or write 'supersedes: null'"));
  }
}
