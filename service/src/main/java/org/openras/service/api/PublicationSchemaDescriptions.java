package org.openras.service.api;

import java.util.List;

/** Words for publishing and withdrawing rule-set versions, and the publication log (issue 10). */
final class PublicationSchemaDescriptions {
  static final String ENTRY_HASH =
      "SHA-256 over the line openras-publication-v1 and one name:length:value line per field"
          + " (sequence, area, version, contentHash, action, effectiveFrom, actor, recordedAt,"
          + " note, previousHash), as the audit record's hash.";

  static final SchemaWords WORDS =
      new SchemaWords()
          .schema("PublicationRequest", "Publishing a draft: an optional note for the log.")
          .field("note", "Why or what is published, kept in the log; at most 2000 characters.")
          .schema("WithdrawalRequest", "Withdrawing a scheduled version before its date.")
          .field(
              "reason", "Why it is withdrawn (required), kept in the log; at most 2000 characters.")
          .schema("PublicationOutcome", "What publishing or withdrawing did.")
          .field("area", "The area, e.g. ras or councils/north-shire.")
          .field("version", "The version.")
          .codes(
              "state",
              List.of("PUBLISHED", "SCHEDULED", "WITHDRAWN"),
              "Its state now: PUBLISHED (in force, its day has come), SCHEDULED (takes effect on"
                  + " effectiveFrom), WITHDRAWN (never served).")
          .field("effectiveFrom", "The first day it is (or was to be) in force: its manifest's.")
          .field("served", "True when this instance serves it now.")
          .field("entry", "The log entry written.")
          .schema("PublicationEntryView", "One entry of the hash-chained publication log.")
          .field("sequence", "Its place in the log, from 1.")
          .field("area", "The area.")
          .field("version", "The version.")
          .codes(
              "action",
              List.of("PUBLISH", "WITHDRAW"),
              "PUBLISH: the version takes effect on effectiveFrom. WITHDRAW: a scheduled version"
                  + " withdrawn before that day.")
          .field("effectiveFrom", "The version's first day in force (its manifest's).")
          .field(
              "actor",
              "Who did it: a user, or 'openras start-up' for the versions recorded when the log"
                  + " began.")
          .field("recordedAt", "When it was written, ISO-8601 UTC.")
          .field("note", "The publisher's note or the withdrawal's reason; absent when none.")
          .field(
              "contentHash",
              "The version's SHA-256 (its files except cases/), checked whenever it is loaded.")
          .field("previousHash", "The hash of the entry before; 64 zeros for the first.")
          .field("hash", ENTRY_HASH)
          .schema("PublicationLogView", "The publication log with its chain verified.")
          .field("intact", "True when every entry's hash and link check.")
          .field("entriesChecked", "How many entries were read.")
          .field("lastSequence", "The newest entry's sequence; 0 when empty.")
          .field("lastHash", "The newest entry's hash.")
          .field("firstBroken", "The first entry that fails verification; absent when intact.")
          .field("entries", "Every entry, oldest first.")
          .schema("PublicationBrokenEntry", "The first entry that fails verification.")
          .field("sequence", "Its sequence.")
          .field("area", "Its area.")
          .field("version", "Its version.")
          .field("problem", "What is wrong with it.");

  private PublicationSchemaDescriptions() {}
}
