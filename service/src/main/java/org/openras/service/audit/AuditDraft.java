package org.openras.service.audit;

import java.util.UUID;

/**
 * A record (a calculation, or a step of an agreed budget) to write, before it has a place in the
 * chain.
 *
 * @param request the request as canonical JSON (the engine's mapper: map keys sorted)
 * @param result the result as canonical JSON
 * @param ruleSets the rule-set versions used, as canonical JSON (a list of {@link RecordedRuleSet})
 * @param kind {@link AuditEntry#CALCULATION}, {@link AuditEntry#AGREED_BUDGET} or {@link
 *     AuditEntry#DIRECT_PAYMENT_DECISION}
 */
public record AuditDraft(
    UUID id,
    String actor,
    String role,
    String personRef,
    String request,
    String result,
    String ruleSets,
    String engineVersion,
    String kind) {

  public AuditDraft {
    kind = kind == null ? AuditEntry.CALCULATION : kind;
  }

  /** A calculation to record. */
  public AuditDraft(
      UUID id,
      String actor,
      String role,
      String personRef,
      String request,
      String result,
      String ruleSets,
      String engineVersion) {
    this(id, actor, role, personRef, request, result, ruleSets, engineVersion, null);
  }
}
