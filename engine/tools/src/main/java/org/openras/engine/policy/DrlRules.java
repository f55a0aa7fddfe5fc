package org.openras.engine.policy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openras.engine.catalogue.RuleSetSource;

/**
 * Reads the rules of a version's DRL files as text, with their lines: each {@code rule "..."}
 * header, its {@code @source(...)} and its body up to {@code end}. Enough to check and compare
 * rules without compiling them.
 */
final class DrlRules {
  private static final Pattern HEADER = Pattern.compile("^\\s*rule\\s+(.*?)\\s*$");
  private static final Pattern QUOTED = Pattern.compile("^\"([^\"]*)\"");
  private static final Pattern SOURCE = Pattern.compile("@source\\s*\\(\\s*\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("^([A-Z]{2,6}-\\d{3})\\b\\s*(.*)$");

  /**
   * One rule as written.
   *
   * @param id the stable id at the start of its name ({@code RAS-010}), or null when it has none
   * @param sentence the name after the id
   * @param source the {@code @source} text, or null when the rule has none
   * @param text the rule from header to {@code end}, each line trimmed, blank and comment lines
   *     left out, for comparing versions
   */
  record DrlRule(
      String file, int line, String name, String id, String sentence, String source, String text) {}

  private DrlRules() {}

  static List<DrlRule> read(RuleSetSource source) {
    List<DrlRule> out = new ArrayList<>();
    for (var file : source.files().entrySet()) {
      if (file.getKey().endsWith(".drl") && !file.getKey().startsWith("cases/")) {
        String text = new String(file.getValue(), StandardCharsets.UTF_8);
        out.addAll(read(source.location() + "/" + file.getKey(), text));
      }
    }
    return out;
  }

  static List<DrlRule> read(String file, String text) {
    List<DrlRule> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher h = HEADER.matcher(lines[i]);
      if (!h.matches()) {
        continue;
      }
      int start = i;
      StringBuilder body = new StringBuilder();
      String source = null;
      boolean inWhen = false;
      for (; i < lines.length; i++) {
        String line = lines[i].strip();
        if (!line.isEmpty() && !line.startsWith("//")) {
          body.append(line).append('\n');
        }
        inWhen |= line.equals("when");
        Matcher s = SOURCE.matcher(line);
        if (!inWhen && source == null && s.find()) {
          source = s.group(1);
        }
        if (i > start && line.equals("end")) {
          break;
        }
      }
      out.add(rule(file, start + 1, h.group(1), source, body.toString()));
    }
    return out;
  }

  private static DrlRule rule(String file, int line, String header, String source, String body) {
    Matcher q = QUOTED.matcher(header);
    String name = q.find() ? q.group(1) : header.split("\\s+")[0];
    Matcher id = ID.matcher(name);
    if (id.matches()) {
      return new DrlRule(file, line, name, id.group(1), id.group(2), source, body);
    }
    return new DrlRule(file, line, name, null, name, source, body);
  }
}
