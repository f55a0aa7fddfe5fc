package org.openras.engine.ras;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetManifest.Reference;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;

/**
 * A RAS version's needs questionnaire ({@code questionnaire.yaml}): its domains in order, each with
 * ordered answer levels, the statement a person reads for each level, and the points the level
 * scores. Policy officers edit the points here, not in DRL.
 */
public record Questionnaire(String unit, Reference reference, List<Domain> domains) {
  public static final String FILE = "questionnaire.yaml";

  /**
   * One domain of need. {@code deflatable} is false where unpaid support must not reduce points.
   */
  public record Domain(String code, String title, boolean deflatable, List<Level> levels) {
    public Optional<Level> level(int level) {
      return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    public int maxLevel() {
      return levels.get(levels.size() - 1).level();
    }
  }

  /** One answer level: its number, the statement a person reads, and its points. */
  public record Level(int level, String statement, int points) {}

  public Optional<Domain> domain(String code) {
    return domains.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public Map<String, Domain> byCode() {
    Map<String, Domain> out = new LinkedHashMap<>();
    domains.forEach(d -> out.put(d.code(), d));
    return out;
  }

  public static Questionnaire load(RuleSetVersion version) {
    String location = version.source().location() + "/";
    boolean yaml = version.source().has(FILE);
    boolean sheet = version.source().has(QuestionnaireSheet.FILE);
    if (yaml && sheet) {
      throw new InvalidRuleSetException(
          location + QuestionnaireSheet.FILE,
          "keep one points table: " + FILE + " or " + QuestionnaireSheet.FILE + ", not both");
    }
    if (sheet) {
      String file = location + QuestionnaireSheet.FILE;
      Questionnaire q =
          QuestionnaireSheet.read(version.source().files().get(QuestionnaireSheet.FILE), file);
      q.check(file);
      return q;
    }
    String file = location + FILE;
    Questionnaire q;
    try {
      q = Yaml.mapper().readValue(version.source().text(FILE), Questionnaire.class);
    } catch (JacksonException e) {
      throw new InvalidRuleSetException(file, "cannot be read: " + e.getOriginalMessage(), e);
    }
    q.check(file);
    return q;
  }

  private void check(String file) {
    if (unit == null || reference == null || domains == null || domains.isEmpty()) {
      throw new InvalidRuleSetException(file, "give 'unit', 'reference' and at least one domain");
    }
    for (Domain d : domains) {
      if (d.code() == null || d.title() == null || d.levels() == null || d.levels().isEmpty()) {
        throw new InvalidRuleSetException(file, "each domain needs a code, a title and levels");
      }
      int expected = 0;
      int previousPoints = -1;
      for (Level l : d.levels()) {
        if (l.level() != expected++) {
          throw new InvalidRuleSetException(
              file, "domain '" + d.code() + "': levels must run 0, 1, 2 ... in order");
        }
        if (l.statement() == null || l.statement().isBlank()) {
          throw new InvalidRuleSetException(
              file, "domain '" + d.code() + "' level " + l.level() + ": add its statement");
        }
        if (l.points() < previousPoints) {
          throw new InvalidRuleSetException(
              file,
              "domain '"
                  + d.code()
                  + "' level "
                  + l.level()
                  + ": a higher level must not score fewer points than a lower one");
        }
        previousPoints = l.points();
      }
    }
  }
}
