package org.openras.service.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused start as a short report (what is wrong, what to set), not a stack trace. */
public final class StartRefusedAnalyzer
    extends AbstractFailureAnalyzer<ProductionChecks.StartRefusedException> {
  @Override
  protected FailureAnalysis analyze(
      Throwable root, ProductionChecks.StartRefusedException refused) {
    return new FailureAnalysis(
        refused.getMessage(),
        "Correct the configuration named above (service/README.md, \"Users and roles\" and"
            + " \"Running in production\") and start again. Nothing was created or changed.",
        refused);
  }
}
