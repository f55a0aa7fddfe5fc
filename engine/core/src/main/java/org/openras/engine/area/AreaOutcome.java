package org.openras.engine.area;

import java.util.List;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.ParameterRead;

/**
 * What one area's run produced, the same for every area: its result, the versions it used (its own
 * first, then any it read beside it), the reasons its rules gave in the order they fired and the
 * parameters they read.
 */
public record AreaOutcome<R>(
    R result, List<RuleSetVersion> versions, List<Reason> reasons, List<ParameterRead> parameters) {

  public AreaOutcome {
    versions = List.copyOf(versions);
  }
}
