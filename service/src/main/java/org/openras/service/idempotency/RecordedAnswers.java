package org.openras.service.idempotency;

import java.util.Optional;
import java.util.UUID;

/**
 * Rebuilds the answer an audited operation sent from its audit record, byte for byte (a
 * calculation's: {@code calculation.AuditedResponse}), so that a replay need not keep the answer
 * twice.
 */
public interface RecordedAnswers {
  /** The answer's body as it was sent, or empty when no record has this id. */
  Optional<byte[]> body(UUID auditId);
}
