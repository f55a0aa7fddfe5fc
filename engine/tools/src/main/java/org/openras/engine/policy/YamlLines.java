package org.openras.engine.policy;

import java.util.regex.Pattern;

/**
 * Finds the line of a key in a block-style YAML file, so that a finding can point a policy officer
 * to it. YAML readers give values, not lines; rule-set files are written in block style with
 * two-space indents, which is what this reads.
 */
final class YamlLines {
  private final String[] lines;

  YamlLines(String text) {
    this.lines = text.split("\n", -1);
  }

  /**
   * The line (from 1) of the key at {@code path}, such as {@code ("pricePerPoint", "unit")}. When a
   * key is absent, the line of the deepest key found on the way (0 when not even the first is).
   */
  int line(String... path) {
    int from = 0;
    int to = lines.length;
    int parentIndent = -1;
    int found = 0;
    for (String key : path) {
      int at = child(key, from, to, parentIndent);
      if (at < 0) {
        return found;
      }
      found = at + 1;
      parentIndent = indent(lines[at]);
      from = at + 1;
      to = blockEnd(at, parentIndent);
    }
    return found;
  }

  /** The first line (from 1) at or after {@code fromLine} that matches, or 0. */
  int first(int fromLine, String regex) {
    Pattern p = Pattern.compile(regex);
    for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
      if (p.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The last line (from 1) of the block that starts at {@code line}. */
  int endOfBlock(int line) {
    return line <= 0 ? lines.length : blockEnd(line - 1, indent(lines[line - 1]));
  }

  private int child(String key, int from, int to, int parentIndent) {
    Pattern p = Pattern.compile("^\\s*(- )?['\"]?" + Pattern.quote(key) + "['\"]?\\s*:(\\s|$)");
    int childIndent = -1;
    for (int i = from; i < to; i++) {
      if (blank(lines[i])) {
        continue;
      }
      int indent = indent(lines[i]);
      if (childIndent < 0) {
        childIndent = indent;
      }
      if (indent == childIndent && indent > parentIndent && p.matcher(lines[i]).find()) {
        return i;
      }
    }
    return -1;
  }

  private int blockEnd(int at, int keyIndent) {
    for (int i = at + 1; i < lines.length; i++) {
      if (!blank(lines[i]) && indent(lines[i]) <= keyIndent) {
        return i;
      }
    }
    return lines.length;
  }

  private static boolean blank(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
