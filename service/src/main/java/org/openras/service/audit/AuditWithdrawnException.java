package org.openras.service.audit;

/**
 * A draft not recorded because the row that had to be written with it ({@link AuditCompanion})
 * found its key taken: another request with the same {@code Idempotency-Key} was recorded first.
 * Nothing of this draft was written (docs/adr/0022).
 */
public class AuditWithdrawnException extends RuntimeException {
  public AuditWithdrawnException() {
    super("the draft's companion row found its key taken; nothing was recorded");
  }
}
