package org.openras.engine.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.RuleSetCompilationException.RuleFileError;

/**
 * Maps Drools compiler messages back to the rule files a policy officer edits. The executable model
 * compiles each rule's action into generated Java; an error there names a generated file. This
 * finds the generated line in the DRL, and so the DRL file, line and rule it came from.
 */
final class GeneratedSourceErrors {
  private static final String SOURCE_PREFIX = "Java source of ";
  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

  private GeneratedSourceErrors() {}

  static List<RuleFileError> map(RuleSetVersion version, List<Message> messages) {
    Map<String, String[]> generated = new HashMap<>();
    for (Message m : messages) {
      if (m.getText() != null && m.getText().startsWith(SOURCE_PREFIX)) {
        String text = m.getText();
        int body = text.indexOf('\n');
        generated.put(
            m.getPath(), body < 0 ? new String[0] : text.substring(body + 1).split("\n", -1));
      }
    }
    List<RuleFileError> out = new ArrayList<>();
    for (Message m : messages) {
      if (m.getText() != null && m.getText().startsWith(SOURCE_PREFIX)) {
        continue;
      }
      out.add(map(version, m, generated.get(m.getPath())));
    }
    return out;
  }

  private static RuleFileError map(RuleSetVersion version, Message m, String[] generatedLines) {
    String location = version.source().location();
    String path = m.getPath() == null ? "" : m.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (!path.endsWith(".java")) {
      return new RuleFileError(location + "/" + name, m.getLine(), m.getText());
    }
    if (generatedLines != null && m.getLine() > 0 && m.getLine() <= generatedLines.length) {
      String statement = generatedLines[m.getLine() - 1].strip();
      RuleFileError found = find(version, statement, m.getText());
      if (found != null) {
        return found;
      }
    }
    return new RuleFileError(
        location, 0, "a rule's action does not compile (generated " + name + "): " + m.getText());
  }

  private static RuleFileError find(RuleSetVersion version, String statement, String problem) {
    if (statement.isEmpty()) {
      return null;
    }
    for (var file : version.source().files().entrySet()) {
      if (!file.getKey().endsWith(".drl")) {
        continue;
      }
      String[] lines = new String(file.getValue(), StandardCharsets.UTF_8).split("\n", -1);
      String rule = null;
      for (int i = 0; i < lines.length; i++) {
        Matcher r = RULE.matcher(lines[i]);
        if (r.find()) {
          rule = r.group(1);
        }
        if (lines[i].strip().equals(statement) || lines[i].contains(statement)) {
          return new RuleFileError(
              version.source().location() + "/" + file.getKey(),
              i + 1,
              (rule == null ? "" : "in rule \"" + rule + "\": ") + problem);
        }
      }
    }
    return null;
  }
}
