package org.openras.service.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored audit record, exactly as the database holds it (the JSON fields as text, so that
 * verification hashes what is stored, not a re-serialisation of it).
 *
 * @param sequence the record's place in the chain, from 1
 * @param previousHash the hash of record {@code sequence - 1} ({@link AuditHash#GENESIS} for the
 *     first)
 * @param hash {@link AuditHash#of} over every other field
 * @param kind what the record is: {@value #CALCULATION}, or {@value #AGREED_BUDGET} for a step of
 *     an agreed budget (docs/adr/0027); hashed for every kind but a calculation, so the hashes of
 *     records written before kinds existed are unchanged
 */
public record AuditEntry(
    long sequence,
    UUID id,
    Instant recordedAt,
    String actor,
    String role,
    String personRef,
    String request,
    String result,
    String ruleSets,
    String engineVersion,
    String previousHash,
    String hash,
    String kind) {

  /** A calculation's record (every record before issue 23). */
  public static final String CALCULATION = "calculation";

  /** A step of an agreed budget (proposed, approved, refused, withdrawn). */
  public static final String AGREED_BUDGET = "agreed-budget";

  /** A finance officer's decision on a direct-payment account's surplus (docs/adr/0029). */
  public static final String DIRECT_PAYMENT_DECISION = "direct-payment-decision";

  public AuditEntry {
    kind = kind == null ? CALCULATION : kind;
  }

  /** A calculation's record. */
  public AuditEntry(
      long sequence,
      UUID id,
      Instant recordedAt,
      String actor,
      String role,
      String personRef,
      String request,
      String result,
      String ruleSets,
      String engineVersion,
      String previousHash,
      String hash) {
    this(
        sequence,
        id,
        recordedAt,
        actor,
        role,
        personRef,
        request,
        result,
        ruleSets,
        engineVersion,
        previousHash,
        hash,
        CALCULATION);
  }

  /** Whether this is a calculation's record. */
  public boolean isCalculation() {
    return CALCULATION.equals(kind);
  }

  /** Places a draft in the chain after a record with the given hash, and computes its own hash. */
  static AuditEntry chain(AuditDraft d, long sequence, Instant at, String previousHash) {
    AuditEntry unhashed =
        new AuditEntry(
            sequence,
            d.id(),
            at,
            d.actor(),
            d.role(),
            d.personRef(),
            d.request(),
            d.result(),
            d.ruleSets(),
            d.engineVersion(),
            previousHash,
            null,
            d.kind());
    return unhashed.withHash(AuditHash.of(unhashed));
  }

  AuditEntry withHash(String newHash) {
    return new AuditEntry(
        sequence,
        id,
        recordedAt,
        actor,
        role,
        personRef,
        request,
        result,
        ruleSets,
        engineVersion,
        previousHash,
        newHash,
        kind);
  }
}
