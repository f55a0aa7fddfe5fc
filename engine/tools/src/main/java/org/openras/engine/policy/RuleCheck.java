package org.openras.engine.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.policy.DrlRules.DrlRule;

/**
 * Every rule has a stable id at the start of its name ({@code RAS-010}), then a sentence saying
 * what it does, and {@code @source("...")} naming the clause or decision it implements (DESIGN.md
 * §3); no two rules of a version share an id; each explains itself by inserting a reason.
 */
final class RuleCheck {
  private RuleCheck() {}

  static void check(VersionFolder folder, List<Finding> out) {
    List<DrlRule> rules = DrlRules.read(folder.source());
    Map<String, DrlRule> seen = new HashMap<>();
    for (DrlRule r : rules) {
      if (r.id() == null) {
        out.add(
            Finding.error(
                r.file(),
                r.line(),
                "rule \"" + r.name() + "\" has no id",
                "start its name with a stable id, such as \"RAS-080 " + r.name() + "\""));
      } else if (seen.putIfAbsent(r.id(), r) != null) {
        DrlRule first = seen.get(r.id());
        out.add(
            Finding.error(
                r.file(),
                r.line(),
                "rule id " + r.id() + " is also used at " + first.file() + ":" + first.line(),
                "give each rule its own id"));
      }
      if (!isSentence(r.sentence())) {
        out.add(
            Finding.error(
                r.file(),
                r.line(),
                "rule \"" + r.name() + "\" is not named by a sentence",
                "after the id, say in a sentence what the rule does, starting with a capital"));
      }
      if (r.source() == null || r.source().isBlank()) {
        out.add(
            Finding.error(
                r.file(),
                r.line(),
                "rule \"" + r.name() + "\" has no @source",
                "add @source(\"...\") under the rule line, naming the clause, guidance or council"
                    + " decision it implements"));
      }
      if (!r.text().contains("ctx.reason(kcontext)")) {
        out.add(
            Finding.warning(
                r.file(),
                r.line(),
                "rule \"" + r.name() + "\" inserts no reason, so it will not appear in the trace",
                "insert(ctx.reason(kcontext).read(...).produced(...)) in its action"));
      }
    }
  }

  /** At least three words, starting with a capital letter. */
  static boolean isSentence(String text) {
    return text != null
        && !text.isBlank()
        && Character.isUpperCase(text.strip().charAt(0))
        && text.strip().split("\\s+").length >= 3;
  }
}
