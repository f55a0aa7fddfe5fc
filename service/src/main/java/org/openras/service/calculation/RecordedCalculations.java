package org.openras.service.calculation;

import java.util.Optional;
import java.util.UUID;
import org.openras.service.audit.AuditLog;
import org.openras.service.idempotency.RecordedAnswers;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A calculation's answer rebuilt from its audit record for a replayed {@code Idempotency-Key}
 * (docs/adr/0022): the {@link AuditedResponse} of the record's id and result text, written by the
 * mapper that wrote the first answer, so the bytes are the same ({@code AuditedResponse}'s own
 * guarantee, and {@code IdempotentCalculationTest}).
 */
@Component
class RecordedCalculations implements RecordedAnswers {
  private final AuditLog audit;
  private final JsonMapper mapper;

  RecordedCalculations(AuditLog audit, JsonMapper mapper) {
    this.audit = audit;
    this.mapper = mapper;
  }

  @Override
  public Optional<byte[]> body(UUID auditId) {
    return audit
        .find(auditId)
        .map(e -> mapper.writeValueAsBytes(new AuditedResponse(e.id(), e.result())));
  }
}
