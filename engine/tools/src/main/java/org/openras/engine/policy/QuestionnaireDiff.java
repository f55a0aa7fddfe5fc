package org.openras.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.ras.Questionnaire;
import org.openras.engine.ras.Questionnaire.Domain;
import org.openras.engine.ras.Questionnaire.Level;

/**
 * Rows of the points table added, removed or changed: domains, and each level's points and
 * statement.
 */
final class QuestionnaireDiff {
  private QuestionnaireDiff() {}

  static List<Change> compare(RuleSetVersion a, RuleSetVersion b) {
    List<Change> out = new ArrayList<>();
    boolean inA = a.source().has(Questionnaire.FILE);
    boolean inB = b.source().has(Questionnaire.FILE);
    if (!inA || !inB) {
      if (inA) {
        out.add(Change.removed(Questionnaire.FILE, "the points table is removed"));
      } else if (inB) {
        out.add(Change.added(Questionnaire.FILE, "a points table is added"));
      }
      return out;
    }
    Map<String, Domain> from = Questionnaire.load(a).byCode();
    Map<String, Domain> to = Questionnaire.load(b).byCode();
    from.forEach(
        (code, d) -> {
          if (!to.containsKey(code)) {
            out.add(Change.removed(code, "domain '" + d.title() + "' (" + code + ") is removed"));
          }
        });
    to.forEach(
        (code, d) -> {
          Domain old = from.get(code);
          if (old == null) {
            out.add(
                Change.added(
                    code,
                    "domain '"
                        + d.title()
                        + "' ("
                        + code
                        + ") is added, with "
                        + d.levels().size()
                        + " levels"));
          } else {
            domain(old, d, out);
          }
        });
    return out;
  }

  private static void domain(Domain a, Domain b, List<Change> out) {
    String code = b.code();
    if (!Objects.equals(a.title(), b.title())) {
      out.add(
          Change.changed(
              code, "domain " + code + ": title '" + a.title() + "' → '" + b.title() + "'"));
    }
    if (a.deflatable() != b.deflatable()) {
      out.add(
          Change.changed(
              code,
              b.title()
                  + ": unpaid support "
                  + (b.deflatable() ? "now reduces" : "no longer reduces")
                  + " its points"));
    }
    int top = Math.max(a.maxLevel(), b.maxLevel());
    for (int n = 0; n <= top; n++) {
      Level x = a.level(n).orElse(null);
      Level y = b.level(n).orElse(null);
      String where = b.title() + ", level " + n;
      if (x == null && y != null) {
        out.add(
            Change.added(
                code + "/" + n,
                where + " is added: " + y.points() + " points, \"" + y.statement() + "\""));
      } else if (y == null && x != null) {
        out.add(
            Change.removed(code + "/" + n, where + " is removed (was " + x.points() + " points)"));
      } else if (x != null) {
        if (x.points() != y.points()) {
          out.add(
              Change.changed(
                  code + "/" + n, where + ": " + x.points() + " → " + y.points() + " points"));
        }
        if (!Objects.equals(x.statement(), y.statement())) {
          out.add(
              Change.changed(
                  code + "/" + n,
                  where + ": statement \"" + x.statement() + "\" → \"" + y.statement() + "\""));
        }
      }
    }
  }
}
