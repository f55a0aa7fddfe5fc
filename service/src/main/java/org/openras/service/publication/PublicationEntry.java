package org.openras.service.publication;

import java.time.Instant;
import java.time.LocalDate;
import org.openras.service.audit.AuditHash;

/**
 * One entry of the publication log: a version published (to take effect on its manifest's
 * effectiveFrom) or withdrawn, by whom and when, chained to the entry before by its hash. An entry
 * written by an approval (docs/adr/0028) also names the approver, the proposal and the SHA-256 of
 * the review the approver saw; {@code actor} is then the officer who proposed it.
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
    String approvedBy,
    String proposalId,
    String reviewDigest,
    String previousHash,
    String hash) {

  /** What an entry records. */
  public enum Action {
    PUBLISH,
    WITHDRAW
  }

  static final String FORMAT = "openras-publication-v1";

  /** The format of an entry that names its approver (docs/adr/0028). */
  static final String FORMAT_APPROVED = "openras-publication-v2";

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
      Approval approval,
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
            approval == null ? null : approval.approvedBy(),
            approval == null ? null : approval.proposalId(),
            approval == null ? null : approval.reviewDigest(),
            previousHash,
            null);
    return unsigned.withHash(unsigned.computedHash());
  }

  /**
   * SHA-256 over {@code openras-publication-v1\n} and one {@code name:length:value\n} line per
   * field (as the audit record's hash, {@link AuditHash}), in the order sequence, area, version,
   * contentHash, action, effectiveFrom, actor, recordedAt, note, previousHash. An entry with an
   * approver is {@code openras-publication-v2}: the same with approvedBy, proposalId and
   * reviewDigest after note (an empty string for a field it lacks).
   */
  String computedHash() {
    boolean approved = approvedBy != null;
    StringBuilder text = new StringBuilder(approved ? FORMAT_APPROVED : FORMAT).append('\n');
    AuditHash.field(text, "sequence", Long.toString(sequence));
    AuditHash.field(text, "area", area);
    AuditHash.field(text, "version", version);
    AuditHash.field(text, "contentHash", contentHash);
    AuditHash.field(text, "action", action.name());
    AuditHash.field(text, "effectiveFrom", effectiveFrom.toString());
    AuditHash.field(text, "actor", actor);
    AuditHash.field(text, "recordedAt", recordedAt.toString());
    AuditHash.field(text, "note", note);
    if (approved) {
      AuditHash.field(text, "approvedBy", approvedBy);
      AuditHash.field(text, "proposalId", proposalId == null ? "" : proposalId);
      AuditHash.field(text, "reviewDigest", reviewDigest == null ? "" : reviewDigest);
    }
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
        approvedBy,
        proposalId,
        reviewDigest,
        previousHash,
        hash);
  }

  /**
   * Who approved an entry, the proposal approved and the digest of the review shown. In one-person
   * mode ({@code openras.publication.approvers-required=1}) the approver may be the proposer.
   */
  public record Approval(String approvedBy, String proposalId, String reviewDigest) {}
}
