package org.openras.engine.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.ras.Questionnaire;
import org.openras.engine.ras.QuestionnaireSheet;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The RAS points table ({@code questionnaire.yaml}): it has a unit and a reference; every domain
 * has a code of its own and a title; its levels run 0, 1, 2 ... without gaps or repeats; every
 * level has the statement a person reads and its points; and points never fall as the level rises.
 */
final class QuestionnaireCheck {
  private QuestionnaireCheck() {}

  static void check(VersionFolder folder, List<Finding> out) {
    String file = folder.file(Questionnaire.FILE);
    if (folder.source().has(QuestionnaireSheet.FILE)) {
      sheet(folder, out);
      return;
    }
    if (!folder.source().has(Questionnaire.FILE)) {
      if (folder.source().area().equals("ras")) {
        out.add(
            Finding.error(
                file,
                0,
                "the RAS version has no points table",
                "add questionnaire.yaml (or questionnaire.xlsx): domains, levels, statements and"
                    + " points"));
      }
      return;
    }
    String text = folder.source().text(Questionnaire.FILE);
    JsonNode root;
    try {
      root = Yaml.mapper().readTree(text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      out.add(
          Finding.error(
              file, line, "cannot be read: " + e.getOriginalMessage(), "correct the YAML"));
      return;
    }
    YamlLines lines = new YamlLines(text);
    if (root == null || root.path("unit").asString("").isBlank()) {
      out.add(Finding.error(file, 1, "the points table has no unit", "add 'unit: points'"));
    }
    if (root == null || root.path("reference").path("title").asString("").isBlank()) {
      out.add(
          Finding.error(
              file,
              lines.line("reference"),
              "the points table has no reference",
              "add 'reference: {title: ..., url: ...}'"));
    }
    JsonNode domains = root == null ? null : root.get("domains");
    if (domains == null || !domains.isArray() || domains.isEmpty()) {
      out.add(
          Finding.error(
              file,
              lines.line("domains"),
              "the points table has no domains",
              "add 'domains:', each with code, title, deflatable and levels"));
      return;
    }
    Set<String> codes = new HashSet<>();
    int from = lines.line("domains");
    for (JsonNode d : domains) {
      String code = d.path("code").asString("");
      int line =
          code.isBlank()
              ? from
              : lines.first(from, "code:\\s*['\"]?" + Pattern.quote(code) + "['\"]?\\s*$");
      from = Math.max(from, line);
      domain(file, lines, line, code, d, codes, out);
    }
  }

  private static void domain(
      String file,
      YamlLines lines,
      int line,
      String code,
      JsonNode d,
      Set<String> codes,
      List<Finding> out) {
    if (code.isBlank()) {
      out.add(
          Finding.error(
              file,
              line,
              "a domain has no code",
              "give every domain a code, such as 'personal-care'"));
    } else if (!codes.add(code)) {
      out.add(
          Finding.error(
              file, line, "domain '" + code + "' appears twice", "give each domain its own code"));
    }
    if (d.path("title").asString("").isBlank()) {
      out.add(
          Finding.error(
              file,
              line,
              "domain '" + code + "' has no title",
              "add 'title:', the domain's name as a person reads it"));
    }
    JsonNode levels = d.get("levels");
    if (levels == null || !levels.isArray() || levels.isEmpty()) {
      out.add(
          Finding.error(
              file,
              line,
              "domain '" + code + "' has no levels",
              "add 'levels:', from level 0 (no need) upwards"));
      return;
    }
    levels(file, lines, line, code, levels, out);
  }

  private static void levels(
      String file,
      YamlLines lines,
      int domainLine,
      String code,
      JsonNode levels,
      List<Finding> out) {
    List<Integer> numbers = new ArrayList<>();
    levels.forEach(l -> numbers.add(l.path("level").asInt(-1)));
    int end = lines.endOfBlock(domainLine);
    int previousPoints = Integer.MIN_VALUE;
    int previousLevel = -1;
    for (int i = 0; i < levels.size(); i++) {
      JsonNode l = levels.get(i);
      int n = numbers.get(i);
      int line = levelLine(lines, domainLine, end, n);
      String where = "domain '" + code + "' level " + (n < 0 ? "(no number)" : n);
      if (n != i) {
        out.add(
            Finding.error(
                file,
                line,
                where
                    + ": levels must run 0, 1, 2 ... in order without gaps, but they run "
                    + numbers,
                "number the levels 0 to " + (levels.size() - 1) + ", one each, in order"));
      }
      if (l.path("statement").asString("").isBlank()) {
        out.add(
            Finding.error(
                file,
                line,
                where + " has no statement",
                "add 'statement:', what a person at this level reads"));
      }
      JsonNode points = l.get("points");
      if (points == null || !points.isIntegralNumber() || points.asInt() < 0) {
        out.add(
            Finding.error(
                file, line, where + " has no points", "add 'points:', a whole number, 0 or more"));
        continue;
      }
      if (points.asInt() < previousPoints) {
        out.add(
            Finding.error(
                file,
                line,
                where
                    + " scores "
                    + points.asInt()
                    + " points, fewer than level "
                    + previousLevel
                    + " ("
                    + previousPoints
                    + ")",
                "a higher level must never score fewer points: raise this level's points or lower the one before"));
      }
      previousPoints = points.asInt();
      previousLevel = n;
    }
  }

  private static int levelLine(YamlLines lines, int domainLine, int end, int level) {
    int line = lines.first(domainLine, "\\blevel:\\s*" + level + "\\b");
    return line > 0 && line <= end ? line : domainLine;
  }

  /** The spreadsheet form: its reader checks every row and names the sheet and cell it stops at. */
  private static void sheet(VersionFolder folder, List<Finding> out) {
    String file = folder.file(QuestionnaireSheet.FILE);
    if (folder.source().has(Questionnaire.FILE)) {
      out.add(
          Finding.error(
              file,
              0,
              "the version has two points tables",
              "keep questionnaire.yaml or questionnaire.xlsx, not both"));
    }
    try {
      QuestionnaireSheet.read(folder.source().files().get(QuestionnaireSheet.FILE), file);
    } catch (InvalidRuleSetException e) {
      out.add(Finding.error(e.file(), 0, "the points table cannot be used", e.getMessage()));
    }
  }
}
