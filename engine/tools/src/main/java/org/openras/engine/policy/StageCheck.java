package org.openras.engine.policy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetManifest;

/**
 * A version whose manifest lists {@code stages} is written in named stages (docs/adr/0012): every
 * rule names one of them ({@code ruleflow-group "income"}; {@code agenda-group}, which Drools 10
 * deprecates for it, is read the same), every stage listed is used by a rule, and no rule is
 * ordered by a number ({@code salience}), decides by an {@code eval(...)} rather than a constraint,
 * or matches a figure by its name ({@code Figure(name == "...")}) rather than its typed fact. Each
 * finding names the file and line. A version that lists no stages (written before them) is not
 * checked here.
 */
final class StageCheck {
  private static final Pattern HEADER = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");

  /**
   * The stage a rule names: {@code ruleflow-group}, or {@code agenda-group} (the same in Drools).
   */
  private static final Pattern AGENDA_GROUP =
      Pattern.compile("^\\s*(?:ruleflow-group|agenda-group)\\s+\"([^\"]*)\"\\s*$");

  private static final Pattern SALIENCE = Pattern.compile("^\\s*salience\\b");
  private static final Pattern EVAL = Pattern.compile("\\beval\\s*\\(");
  private static final Pattern FIGURE_BY_NAME = Pattern.compile("\\bFigure\\s*\\(\\s*name\\s*==");

  private StageCheck() {}

  static void check(VersionFolder folder, RuleSetManifest manifest, List<Finding> out) {
    if (manifest == null || manifest.stages().isEmpty()) {
      return;
    }
    String manifestFile = folder.file(RuleSetCatalogue.MANIFEST);
    YamlLines manifestLines = new YamlLines(folder.source().text(RuleSetCatalogue.MANIFEST));
    List<String> stages = manifest.stages();
    Set<String> listed = new HashSet<>();
    for (String stage : stages) {
      if (!listed.add(stage)) {
        out.add(
            Finding.error(
                manifestFile,
                stageLine(manifestLines, stage),
                "the stage \"" + stage + "\" is listed twice under stages",
                "list each stage once, in the order the stages run"));
      }
    }
    Map<String, Integer> used = new LinkedHashMap<>();
    for (var file : folder.source().files().entrySet()) {
      String name = file.getKey();
      if (name.endsWith(".drl") && !name.startsWith("cases/")) {
        String text = new String(file.getValue(), StandardCharsets.UTF_8);
        checkFile(folder.file(name), text, stages, used, out);
      }
    }
    for (String stage : stages) {
      if (!used.containsKey(stage)) {
        out.add(
            Finding.error(
                manifestFile,
                stageLine(manifestLines, stage),
                "no rule is in the stage \"" + stage + "\" listed under stages",
                "put the rules of that stage in it (ruleflow-group \""
                    + stage
                    + "\"), or take it out of the list"));
      }
    }
  }

  private static void checkFile(
      String file, String text, List<String> stages, Map<String, Integer> used, List<Finding> out) {
    String[] lines = text.split("\n", -1);
    String rule = null;
    int ruleLine = 0;
    boolean staged = false;
    for (int i = 0; i < lines.length; i++) {
      String line = code(lines[i]);
      int n = i + 1;
      Matcher header = HEADER.matcher(line);
      if (header.find()) {
        rule = header.group(1);
        ruleLine = n;
        staged = false;
        continue;
      }
      if (rule == null) {
        continue;
      }
      if (line.strip().equals("end")) {
        if (!staged) {
          out.add(
              Finding.error(
                  file,
                  ruleLine,
                  "rule \"" + rule + "\" names no stage",
                  "add ruleflow-group \"...\" under the rule's @source, naming one of the stages in"
                      + " ruleset.yaml: "
                      + String.join(", ", stages)));
        }
        rule = null;
        continue;
      }
      Matcher group = AGENDA_GROUP.matcher(line);
      if (group.find()) {
        staged = true;
        String stage = group.group(1);
        used.putIfAbsent(stage, n);
        if (!stages.contains(stage)) {
          out.add(
              Finding.error(
                  file,
                  n,
                  "rule \""
                      + rule
                      + "\" is in the stage \""
                      + stage
                      + "\", which ruleset.yaml"
                      + " does not list under stages",
                  "name one of the listed stages ("
                      + String.join(", ", stages)
                      + "), or list the stage in ruleset.yaml where it runs"));
        }
      }
      if (SALIENCE.matcher(line).find()) {
        out.add(
            Finding.error(
                file,
                n,
                "rule \"" + rule + "\" is ordered by salience",
                "remove salience: the stages listed in ruleset.yaml order the rules; put the rule"
                    + " in the stage where it runs"));
      }
      if (EVAL.matcher(line).find()) {
        out.add(
            Finding.error(
                file,
                n,
                "rule \"" + rule + "\" decides in an eval(...)",
                "write the condition as a constraint on a fact, such as Council(setsChargeableShare)"
                    + " or ChargingYear(pensionCreditAge($a.dateOfBirth))"));
      }
      if (FIGURE_BY_NAME.matcher(line).find()) {
        out.add(
            Finding.error(
                file,
                n,
                "rule \"" + rule + "\" matches a figure by its name",
                "match the figure's own fact, such as CountedCapital(...) or not FullCost()"));
      }
    }
  }

  /**
   * A line without its comment, and without the text of an {@code @source("...")} (a source may
   * quote anything).
   */
  private static String code(String line) {
    String s = line.strip();
    if (s.startsWith("//") || s.startsWith("*") || s.startsWith("/*") || s.startsWith("@")) {
      return "";
    }
    int comment = line.indexOf("//");
    return comment >= 0 && line.lastIndexOf('"', comment) < 0 ? line.substring(0, comment) : line;
  }

  private static int stageLine(YamlLines lines, String stage) {
    int at = lines.line("stages");
    int found = lines.first(at, "^\\s*-\\s*['\"]?" + Pattern.quote(stage) + "['\"]?\\s*(#.*)?$");
    return found > 0 ? found : at;
  }
}
