package org.openras.engine.policy;

import java.util.List;
import org.openras.engine.catalogue.RuleSetVersion;

/**
 * What changes from one version of an area to another, in words: the manifest, each figure (on the
 * days either side of the switch, see {@link ComparisonDates}), the rows of the points table and
 * the rules by id.
 */
public record VersionDiff(
    String area,
    String from,
    String to,
    String fromDay,
    String toDay,
    List<Change> manifest,
    List<Change> parameters,
    List<Change> questionnaire,
    List<Change> rules) {

  public static VersionDiff between(RuleSetVersion a, RuleSetVersion b) {
    if (!a.area().equals(b.area())) {
      throw new IllegalArgumentException(
          "Compare versions of one area, not " + a.area() + " and " + b.area());
    }
    ComparisonDates dates = ComparisonDates.of(a, b);
    return new VersionDiff(
        a.area(),
        a.version(),
        b.version(),
        dates.from().toString(),
        dates.to().toString(),
        List.copyOf(ManifestDiff.compare(a.manifest(), b.manifest())),
        List.copyOf(ParameterDiff.compare(a, b)),
        List.copyOf(QuestionnaireDiff.compare(a, b)),
        List.copyOf(RuleDiff.compare(a, b)));
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(area)
        .append(' ')
        .append(from)
        .append(" → ")
        .append(to)
        .append(" (figures on ")
        .append(fromDay)
        .append(" against ")
        .append(toDay)
        .append(")\n");
    section(out, "Manifest", manifest);
    section(out, "Parameters", parameters);
    section(out, "Points table", questionnaire);
    section(out, "Rules", rules);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<Change> changes) {
    out.append('\n').append(title).append(": ");
    if (changes.isEmpty()) {
      out.append("unchanged\n");
      return;
    }
    out.append(changes.size()).append(changes.size() == 1 ? " change\n" : " changes\n");
    changes.forEach(c -> out.append("  ").append(c).append('\n'));
  }
}
