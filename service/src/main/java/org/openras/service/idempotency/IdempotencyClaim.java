package org.openras.service.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.openras.service.audit.AuditCompanion;

/**
 * A key a first request holds while it is answered: who sent it, the key, the request's fingerprint
 * and when the key expires. For an audited operation (a calculation) the filter leaves it on the
 * request ({@link #of}); the service hands {@link #recordedAs} to the audit writer, which commits
 * the key in the transaction of the audit record (docs/adr/0022).
 */
public record IdempotencyClaim(
    String user,
    String key,
    String fingerprint,
    String method,
    String path,
    Instant createdAt,
    Instant expiresAt) {

  /** The request attribute holding the claim of an audited operation. */
  static final String ATTRIBUTE = IdempotencyClaim.class.getName();

  /** The claim the filter left on this request, or null when it carries no key. */
  public static IdempotencyClaim of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof IdempotencyClaim c ? c : null;
  }

  /**
   * The key's row, to commit with the audit record {@code auditId}: the answer is that record's,
   * sent with {@code status} and {@code contentType} (its body is rebuilt from the record on a
   * replay, not kept twice). Its key already taken, the draft is withdrawn.
   */
  public AuditCompanion recordedAs(UUID auditId, int status, String contentType) {
    return jdbc ->
        IdempotencyKeys.insertDone(
            jdbc, this, status, Map.of("Content-Type", contentType), auditId);
  }
}
