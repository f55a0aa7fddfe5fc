package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The record hash covers every field, in the documented canonical form. */
class AuditHashTest {
  static final UUID ID = UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b");
  static final AuditDraft DRAFT =
      new AuditDraft(
          ID,
          "assessor",
          "ASSESSOR",
          "P-1",
          "{\"personRef\":\"P-1\"}",
          "{\"ras\":{}}",
          "[{\"area\":\"ras\",\"version\":\"2025-04-01\",\"hash\":\"ab\"}]",
          "0.1.0");
  static final AuditEntry ENTRY =
      AuditEntry.chain(DRAFT, 7, Instant.parse("2025-06-02T10:15:30.123456Z"), AuditHash.GENESIS);

  @Test
  void theCanonicalTextIsLengthPrefixedFieldsInTheDocumentedOrder() {
    assertThat(AuditHash.canonical(ENTRY))
        .startsWith("openras-audit-v1\nsequence:1:7\nid:36:" + ID + "\n")
        .contains("\nrecordedAt:27:2025-06-02T10:15:30.123456Z\nactor:8:assessor\n")
        .contains("\nrequest:19:{\"personRef\":\"P-1\"}\n")
        .endsWith("\npreviousHash:64:" + AuditHash.GENESIS + "\n");
  }

  /**
   * Another kind of record (an agreed budget's step, docs/adr/0027) has its kind hashed, after the
   * previous hash; a calculation's text, and so every existing hash, is as before.
   */
  @Test
  void aStepOfAnAgreedBudgetHashesItsKindAndACalculationsTextIsUnchanged() {
    AuditDraft step =
        new AuditDraft(
            ID,
            DRAFT.actor(),
            DRAFT.role(),
            DRAFT.personRef(),
            DRAFT.request(),
            DRAFT.result(),
            DRAFT.ruleSets(),
            DRAFT.engineVersion(),
            AuditEntry.AGREED_BUDGET);
    AuditEntry entry = AuditEntry.chain(step, 7, ENTRY.recordedAt(), AuditHash.GENESIS);
    assertThat(AuditHash.canonical(entry))
        .isEqualTo(AuditHash.canonical(ENTRY) + "kind:13:agreed-budget\n");
    assertThat(entry.hash()).isNotEqualTo(ENTRY.hash());
    assertThat(AuditHash.canonical(ENTRY)).doesNotContain("kind:");
    // A step relabelled as a calculation no longer matches its stored hash.
    AuditEntry relabelled =
        new AuditEntry(
            entry.sequence(),
            entry.id(),
            entry.recordedAt(),
            entry.actor(),
            entry.role(),
            entry.personRef(),
            entry.request(),
            entry.result(),
            entry.ruleSets(),
            entry.engineVersion(),
            entry.previousHash(),
            entry.hash(),
            AuditEntry.CALCULATION);
    assertThat(AuditHash.of(relabelled)).isNotEqualTo(entry.hash());
  }

  @Test
  void theHashIsSha256InHex() {
    assertThat(ENTRY.hash()).matches("[0-9a-f]{64}").isEqualTo(AuditHash.of(ENTRY));
  }

  @Test
  void theStreamedHashIsTheHashOfTheCanonicalTextWhateverTheCharacters() {
    // AuditHash.of feeds the digest field by field; it must hash exactly the canonical text's
    // UTF-8 bytes, so records written before it verify and new ones verify as before. Latin-1,
    // two-, three- and four-byte UTF-8 characters (a pound sign, an en dash, a right quote, an
    // emoji) and an empty value.
    for (String text :
        new String[] {
          "", "£1,234.56", "band 2 – 3 ’quoted’", "😀 and \u00e9", "x".repeat(40_000)
        }) {
      AuditEntry e = copy(ENTRY, 9, text, "{\"note\":\"" + text + "\"}", ENTRY.previousHash());
      assertThat(AuditHash.of(e)).isEqualTo(AuditHash.sha256(AuditHash.canonical(e)));
    }
    assertThat(AuditHash.of(ENTRY)).isEqualTo(AuditHash.sha256(AuditHash.canonical(ENTRY)));
  }

  @Test
  void changingAnyFieldChangesTheHash() {
    assertChanges(e -> copy(e, 8, e.personRef(), e.result(), e.previousHash()));
    assertChanges(e -> copy(e, e.sequence(), "P-2", e.result(), e.previousHash()));
    assertChanges(e -> copy(e, e.sequence(), e.personRef(), "{\"ras\":{ }}", e.previousHash()));
    assertChanges(e -> copy(e, e.sequence(), e.personRef(), e.result(), "1".repeat(64)));
  }

  @Test
  void movingTextFromOneFieldToTheNextChangesTheHash() {
    AuditEntry shifted =
        new AuditEntry(
            7,
            ID,
            ENTRY.recordedAt(),
            "assessorA",
            "SSESSOR",
            "P-1",
            ENTRY.request(),
            ENTRY.result(),
            ENTRY.ruleSets(),
            ENTRY.engineVersion(),
            ENTRY.previousHash(),
            null);
    assertThat(AuditHash.of(shifted)).isNotEqualTo(ENTRY.hash());
  }

  private static void assertChanges(UnaryOperator<AuditEntry> change) {
    assertThat(AuditHash.of(change.apply(ENTRY))).isNotEqualTo(ENTRY.hash());
  }

  private static AuditEntry copy(
      AuditEntry e, long sequence, String personRef, String result, String previousHash) {
    return new AuditEntry(
        sequence,
        e.id(),
        e.recordedAt(),
        e.actor(),
        e.role(),
        personRef,
        e.request(),
        result,
        e.ruleSets(),
        e.engineVersion(),
        previousHash,
        e.hash());
  }
}
