package org.openras.engine.compile;

import java.util.List;
import org.kie.api.runtime.KieSession;
import org.openras.engine.OpenRasException;

/** Running rules: a fault a rule raises (a missing parameter) reaches the caller as itself. */
public final class RuleRuns {
  private RuleRuns() {}

  /**
   * Fires all rules. Drools wraps what a rule throws (for example a {@link
   * org.openras.engine.params.MissingParameterException} from {@code ctx}) in its own exception;
   * this unwraps it, so the caller gets the specific fault with its data.
   */
  public static int fireAllRules(KieSession session) {
    return fireAllRules(session, List.of());
  }

  /**
   * Fires all rules, stage by stage: each named stage is an agenda group, and the first stage runs
   * first. Drools keeps focus as a stack, so the stages are pushed last first; a stage ends when it
   * has no rule left to fire, and rules outside every stage (the MAIN group) run after the last.
   */
  public static int fireAllRules(KieSession session, List<String> stages) {
    for (int i = stages.size() - 1; i >= 0; i--) {
      session.getAgenda().getAgendaGroup(stages.get(i)).setFocus();
    }
    try {
      return session.fireAllRules();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof OpenRasException fault) {
          throw fault;
        }
      }
      throw e;
    }
  }
}
