package org.openras.service.audit;

import org.openras.engine.result.RuleSetUsed;

/** A rule-set version a recorded calculation used: its area, version and content hash. */
public record RecordedRuleSet(String area, String version, String hash) {

  public static RecordedRuleSet of(RuleSetUsed used) {
    return new RecordedRuleSet(used.area(), used.version(), used.hash());
  }
}
