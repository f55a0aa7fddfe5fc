package org.openras.service.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit chain once a serving instance is ready ({@code openras.audit.verify-at-start},
 * default true), on a thread of its own so that readiness and the first requests do not wait for a
 * walk over the whole log. The outcome is logged (ERROR when broken, naming the first record or
 * checkpoint that fails) and counted by {@link AuditMetrics} with trigger {@code start}; {@code
 * openras.audit.chain.intact} then reads 1 or 0. Set the property to false where the log is so
 * large that every start should not read it, and verify on demand or with {@code verify-audit}
 * instead.
 */
@Component
@ConditionalOnWebApplication // verify-audit verifies by itself, and prints the outcome
@ConditionalOnBooleanProperty(name = "openras.audit.verify-at-start", matchIfMissing = true)
class StartVerification {
  private static final Logger LOG = LoggerFactory.getLogger(StartVerification.class);

  private final ChainVerifier verifier;
  private volatile Thread thread;

  StartVerification(ChainVerifier verifier) {
    this.verifier = verifier;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    Thread t = new Thread(this::run, "audit-verify-at-start");
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** The verification's thread once started (for tests). */
  Thread thread() {
    return thread;
  }

  private void run() {
    try {
      ChainVerification v = verifier.verify(AuditMetrics.Trigger.START);
      if (v.intact()) {
        LOG.info(
            "Audit chain verified at start: intact, {} record(s), {} checkpoint(s)",
            v.recordsChecked(),
            v.checkpointsChecked());
      } else {
        LOG.error(
            "Audit chain verified at start: {} Run verify-audit.",
            AuditCommand.describe(v).replace('\n', ' '));
      }
    } catch (RuntimeException e) {
      LOG.warn("The audit chain could not be verified at start: {}", e.toString());
    }
  }
}
