package org.openras.service.api;

import java.util.Map;

/** The words for each field of the service's own records ({@link RecordSchemaDescriptions}). */
final class RecordFields {
  static final Map<String, String> AUDIT_RECORD =
      Map.ofEntries(
          Map.entry("calculationId", "The record's id, as returned by the calculation."),
          Map.entry("sequence", "The record's place in the hash chain, from 1."),
          Map.entry("recordedAt", "When the record was written (UTC, ISO-8601)."),
          Map.entry(
              "actor",
              "Who asked for the calculation: a configured user's name, or for a user of the"
                  + " council's identity provider their stable subject (sub, or Entra's oid) and"
                  + " display name, as 'subject (name)'."),
          Map.entry("role", "That user's roles, comma-separated."),
          Map.entry("personRef", "The pseudonymous person reference of the request."),
          Map.entry("request", "The request exactly as calculated (canonical JSON)."),
          Map.entry("result", "The result exactly as answered, without calculationId."),
          Map.entry("ruleSets", "The rule-set versions used, with their content hashes."),
          Map.entry("engineVersion", "The version of the engine that calculated."),
          Map.entry(
              "previousHash", "The hash of the record before (64 zeros for the first record)."),
          Map.entry(
              "hash",
              "SHA-256 over this record's fields in a documented canonical form (service"
                  + " README), including previousHash."),
          Map.entry(
              "integrity",
              "intact when the record's fields hash to its stored hash; hash-mismatch when they"
                  + " do not (it was changed after it was written: GET /api/v1/audit/verify names"
                  + " the first broken record). Also sent as the header OpenRAS-Record-Integrity."));

  static final Map<String, String> RULE_SET =
      Map.of(
          "area", "The rule area, e.g. ras.",
          "version", "The version used, e.g. 2025-04-01.",
          "hash", "The SHA-256 of the version's files when the calculation ran.");

  static final Map<String, String> REPLAY =
      Map.of(
          "calculationId", "The calculation replayed.",
          "rules",
              "recorded: as decided then, on the recorded versions; current: under the rules in"
                  + " force on the assessment date as known today.",
          "identical", "True when the new result is exactly the recorded one.",
          "rulesUnchanged", "True when every recorded version's files still hash as recorded.",
          "recordedEngineVersion", "The engine version that calculated originally.",
          "currentEngineVersion", "The engine version that replayed.",
          "ruleSets", "Each recorded version, with its recorded and current hash.",
          "differences",
              "Where the results differ (at most 100), each with its JSON path; empty when"
                  + " identical.");

  static final Map<String, String> VERSION_CHECK =
      Map.of(
          "area", "The rule area.",
          "version", "The recorded version, pinned for the replay.",
          "recordedHash", "The hash recorded with the calculation.",
          "currentHash", "The hash of the version's files now; null if it is no longer loaded.",
          "hashMatches", "True when the two hashes are equal.");

  static final Map<String, String> DIFFERENCE =
      Map.of(
          "path", "A JSON path in the result, e.g. ras.weeklyBudget or trace[3].produced.points.",
          "recorded", "The recorded value at the path, any JSON value (null when absent).",
          "now", "The value the replay produced at the path, any JSON value (null when absent).");

  static final Map<String, String> VERIFICATION =
      Map.of(
          "intact",
              "True when every record matches its hash and links to the one before, and every"
                  + " signed checkpoint matches the records up to its size.",
          "recordsChecked", "How many records were read.",
          "lastSequence", "The sequence of the newest intact record (0 when there is none).",
          "lastHash",
              "The hash of the newest intact record: noted outside the database, it lets a later"
                  + " check show that nothing up to it has changed.",
          "firstBroken", "The first record that fails, or null when the chain is intact.",
          "checkpointsChecked",
              "How many signed checkpoint files were checked (signature, origin and size).",
          "checkpointedSize", "The tree size of the largest checkpoint; 0 when there is none.",
          "firstDivergence",
              "The first checkpoint the records do not match (its root differs, the log is"
                  + " shorter than it, or its file fails its signature), or null.");

  static final Map<String, String> DIVERGENCE =
      Map.of(
          "treeSize", "The checkpoint's tree size: how many records it signs.",
          "file", "Its file name in the checkpoint folder.",
          "problem",
              "What is wrong: records changed, reordered or inserted up to its size (and whether"
                  + " the log's stored tree still extends the checkpoint before: else a fork),"
                  + " records removed (truncated), or a file that fails its signature.");

  static final Map<String, String> PROOF =
      Map.of(
          "calculationId", "The record's calculation id.",
          "sequence", "The record's sequence; its leaf index in the tree is sequence - 1.",
          "recordHash",
              "The record's hash (hex); its leaf hash is SHA-256(0x00 || these 32 bytes).",
          "treeSize", "The size of the tree the checkpoint signs.",
          "rootHash", "The checkpoint's root hash, in hex (the checkpoint has it in base64).",
          "auditPath",
              "The audit path of RFC 9162 §2.1.3: the sibling hashes from the leaf up, in hex.",
          "checkpoint",
              "The signed checkpoint (a C2SP signed note: origin, tree size, base64 root, a"
                  + " blank line, and the Ed25519 signature line).");

  static final Map<String, String> CHECKPOINT =
      Map.of(
          "treeSize", "How many records it covers.",
          "rootHash", "The Merkle tree root of those records (RFC 9162), in hex.",
          "file", "Its file name in the checkpoint folder: the tree size, zero-padded.",
          "note",
              "The checkpoint as written: a C2SP signed note (origin, tree size, base64 root, a"
                  + " blank line, the signature line).");

  static final Map<String, String> BROKEN =
      Map.of(
          "id", "The broken record's calculation id.",
          "sequence", "Its place in the chain.",
          "problem", "What is wrong: a changed record, a broken link or a missing record.");

  private RecordFields() {}
}
