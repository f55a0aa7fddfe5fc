package org.openras.benchmarks.design;

import java.util.HashMap;
import java.util.Map;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.ras.Questionnaire;

/**
 * A RAS version's questionnaire indexed once: each domain's place in the questionnaire's order, its
 * points by level (as the parameter read a calculation records, the same record the engine's points
 * table makes) and its statements. Shared by every calculation on the version.
 */
public final class DesignTable {
  private final Questionnaire questionnaire;
  private final Map<String, Integer> index = new HashMap<>();
  private final ParameterRead[][] reads;
  private final int[][] points;
  private final String[][] statements;

  public DesignTable(RuleSetVersion version) {
    this.questionnaire = Questionnaire.load(version);
    int n = questionnaire.domains().size();
    reads = new ParameterRead[n][];
    points = new int[n][];
    statements = new String[n][];
    for (int i = 0; i < n; i++) {
      Questionnaire.Domain d = questionnaire.domains().get(i);
      index.put(d.code(), i);
      reads[i] = new ParameterRead[d.maxLevel() + 1];
      points[i] = new int[d.maxLevel() + 1];
      statements[i] = new String[d.maxLevel() + 1];
      for (Questionnaire.Level l : d.levels()) {
        points[i][l.level()] = l.points();
        statements[i][l.level()] = l.statement();
        reads[i][l.level()] =
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
    }
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** How many domains the questionnaire has. */
  int size() {
    return reads.length;
  }

  /** The domain's place in the questionnaire's order. */
  int index(String domain) {
    Integer i = index.get(domain);
    if (i == null) {
      throw new java.util.NoSuchElementException("no domain " + domain);
    }
    return i;
  }

  int points(int domain, int level) {
    return points[domain][level];
  }

  String statement(int domain, int level) {
    return statements[domain][level];
  }

  ParameterRead read(int domain, int level) {
    return reads[domain][level];
  }
}
