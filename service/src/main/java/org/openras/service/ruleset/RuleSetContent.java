package org.openras.service.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.cases.PolicyCase;
import org.openras.engine.catalogue.RuleSetManifest;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.params.ParameterValue;
import org.openras.service.publication.VersionState;
import org.openras.service.ruleset.RuleSetViews.RuleSetDetail;
import org.openras.service.ruleset.RuleSetViews.RuleSetParameter;
import org.openras.service.ruleset.RuleSetViews.RuleSetParameterValue;
import org.openras.service.ruleset.RuleSetViews.RuleSetRule;
import org.openras.service.ruleset.RuleSetViews.RuleSetVersionSummary;

/** Reads a served version into what a policy officer sees: manifest, figures, rules, cases. */
final class RuleSetContent {
  private static final Pattern HEADER = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
  private static final Pattern SOURCE = Pattern.compile("@source\\s*\\(\\s*\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("^([A-Z]{2,6}-\\d{3})\\b\\s*(.*)$");

  private RuleSetContent() {}

  /**
   * @param supersededBy the served correction that takes {@code v}'s place for selection by date
   *     (docs/adr/0006), or null
   */
  static RuleSetVersionSummary summary(RuleSetVersion v, VersionState s, String supersededBy) {
    RuleSetManifest m = v.manifest();
    return new RuleSetVersionSummary(
        v.version(),
        m.title(),
        v.effectiveFrom().toString(),
        v.lastDay() == null ? null : v.lastDay().toString(),
        v.hash(),
        m.illustrative(),
        m.references(),
        s.state().name(),
        s.publishedBy(),
        text(s.publishedAt()),
        s.withdrawnBy(),
        text(s.withdrawnAt()),
        supersededBy);
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  static RuleSetDetail detail(RuleSetVersion v, VersionState s, String supersededBy) {
    RuleSetManifest m = v.manifest();
    return new RuleSetDetail(
        v.area(),
        v.version(),
        m.title(),
        m.summary(),
        m.supersedes(),
        v.effectiveFrom().toString(),
        v.lastDay() == null ? null : v.lastDay().toString(),
        v.hash(),
        m.illustrative(),
        m.allowsGaps(),
        m.references(),
        List.copyOf(v.source().files().keySet()),
        parameters(v),
        rules(v),
        CaseRunner.cases(v).stream().map(PolicyCase::name).toList(),
        s.state().name(),
        s.publishedBy(),
        text(s.publishedAt()),
        s.withdrawnBy(),
        text(s.withdrawnAt()),
        supersededBy);
  }

  private static List<RuleSetParameter> parameters(RuleSetVersion v) {
    if (!v.source().has(ParameterSet.FILE)) {
      return List.of();
    }
    return ParameterSet.load(v).definitions().values().stream()
        .map(RuleSetContent::parameter)
        .toList();
  }

  private static RuleSetParameter parameter(ParameterDefinition d) {
    List<RuleSetParameterValue> values = new ArrayList<>();
    d.values()
        .forEach(
            (from, byKey) -> {
              for (Map.Entry<String, ParameterValue> e : byKey.entrySet()) {
                ParameterValue pv = e.getValue();
                values.add(
                    new RuleSetParameterValue(
                        from.toString(), e.getKey(), pv.text(), pv.marker(), pv.note()));
              }
            });
    return new RuleSetParameter(
        d.name(), d.description(), d.unit(), d.period(), d.reference(), values);
  }

  /** Each {@code rule "..."} of the version's DRL files, with the {@code @source} under it. */
  static List<RuleSetRule> rules(RuleSetVersion v) {
    List<RuleSetRule> out = new ArrayList<>();
    v.source()
        .files()
        .forEach(
            (file, bytes) -> {
              if (file.endsWith(".drl") && !file.startsWith("cases/")) {
                read(file, new String(bytes, StandardCharsets.UTF_8), out);
              }
            });
    return out;
  }

  private static void read(String file, String text, List<RuleSetRule> out) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher h = HEADER.matcher(lines[i]);
      if (h.find()) {
        out.add(rule(file, i + 1, h.group(1), source(lines, i)));
      }
    }
  }

  /** The {@code @source} between a rule's header and its {@code when}. */
  private static String source(String[] lines, int header) {
    for (int i = header; i < lines.length && !lines[i].strip().equals("when"); i++) {
      Matcher s = SOURCE.matcher(lines[i]);
      if (s.find()) {
        return s.group(1);
      }
    }
    return null;
  }

  private static RuleSetRule rule(String file, int line, String name, String source) {
    Matcher id = ID.matcher(name);
    return id.matches()
        ? new RuleSetRule(id.group(1), id.group(2), source, file, line)
        : new RuleSetRule(null, name, source, file, line);
  }
}
