package org.openras.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openras.engine.catalogue.RuleSetManifest;
import org.openras.engine.catalogue.RuleSetManifest.Reference;

/**
 * Manifest fields that differ (the version name always does, so it is not listed), and references
 * added or removed.
 */
final class ManifestDiff {
  private ManifestDiff() {}

  static List<Change> compare(RuleSetManifest a, RuleSetManifest b) {
    List<Change> out = new ArrayList<>();
    field("effectiveFrom", "first day in force", a.effectiveFrom(), b.effectiveFrom(), out);
    field("effectiveTo", "last day in force", a.effectiveTo(), b.effectiveTo(), out);
    field("title", "title", a.title(), b.title(), out);
    field("summary", "summary", strip(a.summary()), strip(b.summary()), out);
    field("supersedes", "supersedes", a.supersedes(), b.supersedes(), out);
    field("illustrative", "illustrative", a.illustrative(), b.illustrative(), out);
    field("allowsGaps", "allows gaps", a.allowsGaps(), b.allowsGaps(), out);
    for (Reference r : a.references()) {
      if (!b.references().contains(r)) {
        out.add(Change.removed("references", "reference removed: " + r.title()));
      }
    }
    for (Reference r : b.references()) {
      if (!a.references().contains(r)) {
        out.add(
            Change.added(
                "references",
                "reference added: " + r.title() + (r.url() == null ? "" : " <" + r.url() + ">")));
      }
    }
    return out;
  }

  private static void field(String key, String what, Object a, Object b, List<Change> out) {
    if (!Objects.equals(a, b)) {
      out.add(Change.changed(key, what + ": " + a + " → " + b));
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }
}
