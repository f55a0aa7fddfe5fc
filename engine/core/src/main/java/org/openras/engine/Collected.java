package org.openras.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.Overrides;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.result.RuleSetUsed;

/** What the areas of one calculation produced, in the order they ran. */
final class Collected {
  /** A scenario's overrides that apply to this person, for every area that runs. */
  final Overrides overrides;

  final AtomicInteger sequence = new AtomicInteger();
  final List<RuleSetUsed> used = new ArrayList<>();
  final List<Reason> trace = new ArrayList<>();
  final List<ParameterRead> parameters = new ArrayList<>();

  Collected(Overrides overrides) {
    this.overrides = overrides;
  }

  void add(RuleSetVersion version, List<Reason> reasons, List<ParameterRead> reads) {
    used.add(RuleSetUsed.of(version));
    trace.addAll(reasons);
    parameters.addAll(reads);
  }
}
