package org.openras.service.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.service.audit.AuditHash;
import org.openras.service.publication.PublicationEntry.Action;
import org.openras.service.publication.PublicationEntry.Approval;

/**
 * An entry without an approver keeps the v1 hash (so logs written before four-eyes publishing still
 * verify); one with an approver is hashed as v2 over the approver, the proposal and the review's
 * digest too, so changing any of them breaks the chain (docs/adr/0028).
 */
class ApprovedEntryHashTest {
  static final String CONTENT = "a".repeat(64);
  static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
  static final LocalDate FROM = LocalDate.of(2027, 4, 1);

  static PublicationEntry entry(Approval approval) {
    return PublicationEntry.chain(
        1,
        "ras",
        "2027-04-01",
        CONTENT,
        Action.PUBLISH,
        FROM,
        "policy",
        AT,
        "",
        approval,
        AuditHash.GENESIS);
  }

  @Test
  void anEntryWithoutAnApproverKeepsTheFirstFormat() {
    StringBuilder text = new StringBuilder("openras-publication-v1\n");
    AuditHash.field(text, "sequence", "1");
    AuditHash.field(text, "area", "ras");
    AuditHash.field(text, "version", "2027-04-01");
    AuditHash.field(text, "contentHash", CONTENT);
    AuditHash.field(text, "action", "PUBLISH");
    AuditHash.field(text, "effectiveFrom", "2027-04-01");
    AuditHash.field(text, "actor", "policy");
    AuditHash.field(text, "recordedAt", AT.toString());
    AuditHash.field(text, "note", "");
    AuditHash.field(text, "previousHash", AuditHash.GENESIS);
    assertThat(entry(null).hash()).isEqualTo(AuditHash.sha256(text.toString()));
  }

  @Test
  void theApproverAndTheReviewAreChained() {
    String digest = "d".repeat(64);
    PublicationEntry approved = entry(new Approval("policy2", "p-1", digest));
    assertThat(approved.hash()).isNotEqualTo(entry(null).hash());
    assertThat(LogVerification.of(List.of(approved)).intact()).isTrue();

    for (PublicationEntry changed :
        List.of(
            with(approved, "someone else", approved.proposalId(), approved.reviewDigest()),
            with(approved, approved.approvedBy(), "p-2", approved.reviewDigest()),
            with(approved, approved.approvedBy(), approved.proposalId(), "e".repeat(64)))) {
      LogVerification v = LogVerification.of(List.of(changed));
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBroken().problem()).contains("changed after it was written");
    }
  }

  private static PublicationEntry with(
      PublicationEntry e, String approvedBy, String proposalId, String reviewDigest) {
    return new PublicationEntry(
        e.sequence(),
        e.area(),
        e.version(),
        e.contentHash(),
        e.action(),
        e.effectiveFrom(),
        e.actor(),
        e.recordedAt(),
        e.note(),
        approvedBy,
        proposalId,
        reviewDigest,
        e.previousHash(),
        e.hash());
  }
}
