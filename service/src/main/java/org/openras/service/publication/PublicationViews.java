package org.openras.service.publication;

import java.util.List;
import org.openras.engine.policy.Finding;

/** What the publication endpoints take and answer. */
final class PublicationViews {
  private PublicationViews() {}

  /** Publishing: an optional note for the log. */
  record PublicationRequest(String note) {}

  /** Withdrawing: the reason, required. */
  record WithdrawalRequest(String reason) {}

  /** One entry of the publication log. */
  record PublicationEntryView(
      long sequence,
      String area,
      String version,
      String action,
      String effectiveFrom,
      String actor,
      String recordedAt,
      String note,
      String approvedBy,
      String proposalId,
      String reviewDigest,
      String contentHash,
      String previousHash,
      String hash) {
    static PublicationEntryView of(PublicationEntry e) {
      return new PublicationEntryView(
          e.sequence(),
          e.area(),
          e.version(),
          e.action().name(),
          e.effectiveFrom().toString(),
          e.actor(),
          e.recordedAt().toString(),
          e.note().isEmpty() ? null : e.note(),
          e.approvedBy(),
          e.proposalId(),
          e.reviewDigest(),
          e.contentHash(),
          e.previousHash(),
          e.hash());
    }
  }

  /** What publishing or withdrawing did: the entry written and the version's state now. */
  record PublicationOutcome(
      String area,
      String version,
      String state,
      String effectiveFrom,
      boolean served,
      PublicationEntryView entry) {}

  /** The publication log, oldest first, with the chain's verification. */
  record PublicationLogView(
      boolean intact,
      long entriesChecked,
      long lastSequence,
      String lastHash,
      PublicationBrokenEntry firstBroken,
      List<PublicationEntryView> entries) {}

  /** The first entry that fails verification. */
  record PublicationBrokenEntry(long sequence, String area, String version, String problem) {}

  /** One finding that stopped a publication. */
  record FindingView(String severity, String file, int line, String message, String whatToDo) {
    static FindingView of(Finding f) {
      return new FindingView(f.severity().name(), f.file(), f.line(), f.message(), f.whatToDo());
    }
  }
}
