package org.openras.engine.compile;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterSet;

/**
 * A rule-set version compiled once: its Drools rule base, its parsed parameters, and a pool of
 * sessions. A calculation takes a session from the pool and disposes of it when done, which resets
 * it and returns it: working memory is never shared between calculations, but its structures are
 * not rebuilt for each one.
 */
public record CompiledRuleSet(
    RuleSetVersion version,
    KieBase kieBase,
    KieContainerSessionsPool sessions,
    ParameterSet parameters,
    int ruleCount) {

  /** A clean session for one calculation; {@code dispose()} it when done. */
  public KieSession newSession() {
    return sessions.newKieSession();
  }

  /** Fires a session's rules stage by stage, in the order the version's manifest names them. */
  public int fire(KieSession session) {
    return RuleRuns.fireAllRules(session, version.manifest().stages());
  }
}
