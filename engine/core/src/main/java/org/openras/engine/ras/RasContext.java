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
  private final PointsTable points;
  private final List<ParameterRead> pointsRead = new ArrayList<>();

  RasContext(
      LocalDate date,
      RuleSetVersion version,
      ParameterSet parameters,
      PointsTable points,
      AtomicInteger sequence) {
    super(date, version, parameters, sequence);
    this.points = points;
  }

  /** The points the questionnaire gives a domain's level; recorded as a parameter read. */
  public int points(String domain, int level) {
    ParameterRead read = points.read(domain, level);
    pointsRead.add(read);
    return Integer.parseInt(read.value());
  }

  @Override
  public List<ParameterRead> parametersRead() {
    List<ParameterRead> all = new ArrayList<>(pointsRead);
    all.addAll(super.parametersRead());
    return all;
  }
}
