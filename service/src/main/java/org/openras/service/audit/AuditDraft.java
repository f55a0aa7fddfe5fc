package org.openras.service.audit;

import java.util.UUID;

/**
 * A calculation to record, before it has a place in the chain.
 *
 * @param request the request as canonical JSON (the engine's mapper: map keys sorted)
 * @param result the result as canonical JSON
 * @param ruleSets the rule-set versions used, as canonical JSON (a list of {@link RecordedRuleSet})
 */
public record AuditDraft(
    UUID id,
    String actor,
    String role,
    String personRef,
    String request,
    String result,
    String ruleSets,
    String engineVersion) {}
