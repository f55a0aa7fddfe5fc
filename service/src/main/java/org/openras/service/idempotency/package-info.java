/**
 * Safe retries (docs/adr/0022): the {@code Idempotency-Key} header on the POSTs that create
 * something. A repeat from the same user with the same key and the same request gets the first
 * answer again, byte for byte, with {@code Idempotent-Replayed: true}; the same key with another
 * request is refused (422), and a repeat while the first is still being answered too (409). Keys
 * are kept {@code openras.idempotency.retention} (24 hours) and then purged. A calculation's key is
 * committed with its audit record, in the same transaction ({@link
 * org.openras.service.audit.AuditCompanion}).
 */
package org.openras.service.idempotency;
