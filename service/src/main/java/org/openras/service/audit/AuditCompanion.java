package org.openras.service.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A row of another table written in the same transaction as one audit record (docs/adr/0022): both
 * are committed, or neither. An {@code Idempotency-Key} sent with a calculation is one: a crash
 * never leaves a record without its key nor a key without its record.
 */
@FunctionalInterface
public interface AuditCompanion {
  /**
   * Inserts the row with the appending transaction's connection. A {@link
   * org.springframework.dao.DuplicateKeyException} (the row's key is already taken) withdraws the
   * draft alone: no record is chained for it, its caller gets {@link AuditWithdrawnException}, and
   * the rest of the batch is written as if it had not been there.
   */
  void insert(JdbcClient jdbc);
}
