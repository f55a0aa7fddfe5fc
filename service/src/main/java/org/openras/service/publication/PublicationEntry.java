package org.openras.service.publication;

import java.time.Instant;
import java.time.LocalDate;
import org.openras.service.audit.AuditHash;

/**
 * One entry of the publication log: a version published (to take effect on its manifest's
 * effectiveFrom) or withdrawn, by whom and when, chained to the entry before by its hash.
 */
public record PublicationEntry(
    long sequence,
    String area,
    String version,
    String contentHash,
    Action action,
    LocalDate effectiveFrom,
    String actor,
    Instant recordedAt,
    String note,
    String previousHash,
    String hash) {

  /** What an entry records. */
  public enum Action {
    PUBLISH,
    WITHDRAW
  }

  static final String FORMAT = "openras-publication-v1";

  /** A new entry after {@code previousHash}, with its own hash computed. */
  static PublicationEntry chain(
      long sequence,
      String area,
      String version,
      String contentHash,
      Action action,
      LocalDate effectiveFrom,
      String actor,
      Instant recordedAt,
      String note,
      String previousHash) {
    PublicationEntry unsigned =
        new PublicationEntry(
            sequence,
            area,
            version,
            contentHash,
            action,
            effectiveFrom,
            actor,
            recordedAt,
            note,
            previousHash,
            null);
    return unsigned.withHash(unsigned.computedHash());
  }

  /**
   * SHA-256 over {@code openras-publication-v1\n} and one {@code name:length:value\n} line per
   * field (as the audit record's hash, {@link AuditHash}), in the order sequence, area, version,
   * contentHash, action, effectiveFrom, actor, recordedAt, note, previousHash.
   */
  String computedHash() {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    AuditHash.field(text, "sequence", Long.toString(sequence));
    AuditHash.field(text, "area", area);
    AuditHash.field(text, "version", version);
    AuditHash.field(text, "contentHash", contentHash);
    AuditHash.field(text, "action", action.name());
    AuditHash.field(text, "effectiveFrom", effectiveFrom.toString());
    AuditHash.field(text, "actor", actor);
    AuditHash.field(text, "recordedAt", recordedAt.toString());
    AuditHash.field(text, "note", note);
    AuditHash.field(text, "previousHash", previousHash);
    return AuditHash.sha256(text.toString());
  }

  String name() {
    return area + "/" + version;
  }

  private PublicationEntry withHash(String hash) {
    return new PublicationEntry(
        sequence,
        area,
        version,
        contentHash,
        action,
        effectiveFrom,
        actor,
        recordedAt,
        note,
        previousHash,
        hash);
  }
}
