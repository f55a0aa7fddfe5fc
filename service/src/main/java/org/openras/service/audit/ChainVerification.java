package org.openras.service.audit;

import java.util.UUID;

/**
 * The outcome of checking the audit chain end to end.
 *
 * @param intact true when every record's hash matches its contents and links to the one before
 * @param recordsChecked how many records were read
 * @param lastSequence the sequence of the newest record (0 when there is none)
 * @param lastHash the hash of the newest record: note it somewhere outside the database, and a
 *     later verification shows that nothing before it has changed
 * @param firstBroken the first record that fails, or null
 */
public record ChainVerification(
    boolean intact,
    long recordsChecked,
    long lastSequence,
    String lastHash,
    BrokenRecord firstBroken) {

  /** The first record that fails verification: which one and what is wrong with it. */
  public record BrokenRecord(UUID id, long sequence, String problem) {}
}
