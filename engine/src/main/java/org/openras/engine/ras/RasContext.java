package org.openras.engine.ras;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.explain.RunContext;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.params.ParameterSet;

/** The DRL global {@code ctx} of the RAS area: parameters plus the questionnaire's points table. */
public final class RasContext extends RunContext {
  private final Questionnaire questionnaire;
  private final List<ParameterRead> pointsRead = new ArrayList<>();

  public RasContext(
      LocalDate date,
      RuleSetVersion version,
      ParameterSet parameters,
      Questionnaire questionnaire,
      AtomicInteger sequence) {
    super(date, version, parameters, sequence);
    this.questionnaire = questionnaire;
  }

  /** The points the questionnaire gives a domain's level; recorded as a parameter read. */
  public int points(String domain, int level) {
    Questionnaire.Level l = questionnaire.domain(domain).flatMap(d -> d.level(level)).orElseThrow();
    pointsRead.add(
        new ParameterRead(
            version().area(),
            version().version(),
            "points",
            domain + "/" + level,
            Integer.toString(l.points()),
            version().effectiveFrom(),
            questionnaire.unit(),
            "none",
            questionnaire.reference().title(),
            null));
    return l.points();
  }

  @Override
  public List<ParameterRead> parametersRead() {
    List<ParameterRead> all = new ArrayList<>(pointsRead);
    all.addAll(super.parametersRead());
    return all;
  }
}
