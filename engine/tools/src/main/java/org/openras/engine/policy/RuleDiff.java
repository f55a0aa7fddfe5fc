package org.openras.engine.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.policy.DrlRules.DrlRule;

/**
 * Rules added, removed or changed, by rule id (by name for a rule without one). A rule has changed
 * when its text differs, ignoring indentation, blank lines and comments; the package line of the
 * file, which always names the version, is not part of any rule.
 */
final class RuleDiff {
  private RuleDiff() {}

  static List<Change> compare(RuleSetVersion a, RuleSetVersion b) {
    Map<String, DrlRule> from = byId(DrlRules.read(a.source()));
    Map<String, DrlRule> to = byId(DrlRules.read(b.source()));
    List<Change> out = new ArrayList<>();
    from.forEach(
        (id, r) -> {
          if (!to.containsKey(id)) {
            out.add(Change.removed(id, "rule \"" + r.name() + "\" is removed"));
          }
        });
    to.forEach(
        (id, r) -> {
          DrlRule old = from.get(id);
          if (old == null) {
            out.add(
                Change.added(
                    id, "rule \"" + r.name() + "\" is added (" + r.file() + ":" + r.line() + ")"));
          } else if (!old.name().equals(r.name())) {
            out.add(
                Change.changed(
                    id,
                    "rule " + id + " is renamed: \"" + old.name() + "\" → \"" + r.name() + "\""));
          } else if (!old.text().equals(r.text())) {
            out.add(
                Change.changed(
                    id,
                    "rule \""
                        + r.name()
                        + "\" has changed ("
                        + changedLines(old.text(), r.text())
                        + "; "
                        + r.file()
                        + ":"
                        + r.line()
                        + ")"));
          }
        });
    return out;
  }

  private static Map<String, DrlRule> byId(List<DrlRule> rules) {
    Map<String, DrlRule> out = new LinkedHashMap<>();
    rules.forEach(r -> out.putIfAbsent(r.id() == null ? r.name() : r.id(), r));
    return out;
  }

  private static String changedLines(String a, String b) {
    List<String> x = List.of(a.split("\n"));
    List<String> y = List.of(b.split("\n"));
    long removed = x.stream().filter(l -> !y.contains(l)).count();
    long added = y.stream().filter(l -> !x.contains(l)).count();
    return added + " lines added, " + removed + " removed";
  }
}
