package org.openras.engine.compile;

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
