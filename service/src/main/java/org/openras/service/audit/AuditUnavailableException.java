package org.openras.service.audit;

/**
 * A calculation's audit record could not be written, so its result must not be given: the caller is
 * told to try again, and the cause is logged on the server.
 */
public class AuditUnavailableException extends RuntimeException {
  public AuditUnavailableException(Throwable cause) {
    super("The audit record could not be written", cause);
  }

  /** Not written for a reason of the audit log's own (its queue full, or the log closed). */
  public AuditUnavailableException(String reason) {
    super("The audit record could not be written: " + reason);
  }
}
