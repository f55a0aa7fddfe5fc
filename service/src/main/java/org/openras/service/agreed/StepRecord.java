package org.openras.service.agreed;

import java.time.Instant;
import java.util.UUID;
import org.openras.engine.json.Json;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditHash;
import tools.jackson.databind.JsonNode;

/**
 * One step of an agreed budget as its audit record holds it: who and when, the step (what was
 * asked, as JSON), the state after it (as JSON), and its place in the hash chain.
 *
 * @param integrity {@code intact} when the record's fields still hash to its stored hash, else
 *     {@code hash-mismatch}
 */
public record StepRecord(
    UUID recordId,
    long sequence,
    Instant recordedAt,
    String kind,
    String actor,
    String role,
    String personRef,
    JsonNode step,
    JsonNode state,
    String previousHash,
    String hash,
    String integrity) {

  static StepRecord of(AuditEntry e) {
    var json = Json.mapper();
    return new StepRecord(
        e.id(),
        e.sequence(),
        e.recordedAt(),
        e.kind(),
        e.actor(),
        e.role(),
        e.personRef(),
        json.readTree(e.request()),
        json.readTree(e.result()),
        e.previousHash(),
        e.hash(),
        AuditHash.of(e).equals(e.hash()) ? "intact" : "hash-mismatch");
  }

  /** The step's name: proposed, approved, refused or withdrawn. */
  public String stepName() {
    return step.path("step").asString();
  }

  /** The status after the step. */
  public String statusAfter() {
    return state.path("status").asString();
  }
}
