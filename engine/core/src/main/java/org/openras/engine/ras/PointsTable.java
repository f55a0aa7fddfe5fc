package org.openras.engine.ras;

import java.util.HashMap;
import java.util.Map;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterRead;

/**
 * A RAS version's questionnaire indexed once for calculations: each domain's points by answer
 * level, and the parameter read a calculation records for each (so a calculation looks them up
 * instead of searching the questionnaire and building the record again).
 */
final class PointsTable {
  private final Map<String, ParameterRead[]> reads = new HashMap<>();
  private final Map<String, Questionnaire.Domain> domains = new HashMap<>();
  private final Map<String, String[]> statements = new HashMap<>();

  PointsTable(RuleSetVersion version, Questionnaire questionnaire) {
    for (Questionnaire.Domain d : questionnaire.domains()) {
      domains.put(d.code(), d);
      String[] byLevelStatement = new String[d.maxLevel() + 1];
      d.levels().forEach(l -> byLevelStatement[l.level()] = l.statement());
      statements.put(d.code(), byLevelStatement);
      ParameterRead[] byLevel = new ParameterRead[d.maxLevel() + 1];
      for (Questionnaire.Level l : d.levels()) {
        byLevel[l.level()] =
            new ParameterRead(
                version.area(),
                version.version(),
                "points",
                d.code() + "/" + l.level(),
                Integer.toString(l.points()),
                version.effectiveFrom(),
                questionnaire.unit(),
                "none",
                questionnaire.reference().title(),
                null);
      }
      reads.put(d.code(), byLevel);
    }
  }

  /** The domain with this code, or null. */
  Questionnaire.Domain domain(String code) {
    return domains.get(code);
  }

  /** The statement of a domain's answer level (both known to the questionnaire). */
  String statement(String domain, int level) {
    return statements.get(domain)[level];
  }

  /**
   * The points a domain's answer level scores, as the read to record.
   *
   * @throws java.util.NoSuchElementException for a domain or level the questionnaire lacks
   */
  ParameterRead read(String domain, int level) {
    ParameterRead[] byLevel = reads.get(domain);
    ParameterRead read =
        byLevel == null || level < 0 || level >= byLevel.length ? null : byLevel[level];
    if (read == null) {
      throw new java.util.NoSuchElementException("no points for " + domain + " level " + level);
    }
    return read;
  }
}
