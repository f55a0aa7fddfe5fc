package org.openras.service.calculation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openras.engine.json.Json;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditHash;
import org.openras.service.audit.RecordedRuleSet;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** An audit record as {@code GET /api/v1/calculations/{id}} shows it: the JSON fields as JSON. */
public record CalculationRecord(
    UUID calculationId,
    long sequence,
    Instant recordedAt,
    String actor,
    String role,
    String personRef,
    JsonNode request,
    JsonNode result,
    List<RecordedRuleSet> ruleSets,
    String engineVersion,
    String previousHash,
    String hash,
    String integrity) {

  /** The record's fields hash to its stored hash. */
  public static final String INTACT = "intact";

  /** They do not: the record was changed after it was written (audit/verify names where). */
  public static final String HASH_MISMATCH = "hash-mismatch";

  static CalculationRecord of(AuditEntry e) {
    var json = Json.mapper();
    String integrity = AuditHash.of(e).equals(e.hash()) ? INTACT : HASH_MISMATCH;
    return new CalculationRecord(
        e.id(),
        e.sequence(),
        e.recordedAt(),
        e.actor(),
        e.role(),
        e.personRef(),
        json.readTree(e.request()),
        json.readTree(e.result()),
        ruleSets(e),
        e.engineVersion(),
        e.previousHash(),
        e.hash(),
        integrity);
  }

  static List<RecordedRuleSet> ruleSets(AuditEntry e) {
    return Json.mapper().readValue(e.ruleSets(), new TypeReference<List<RecordedRuleSet>>() {});
  }
}
