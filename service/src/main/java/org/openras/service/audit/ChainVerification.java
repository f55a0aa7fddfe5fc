package org.openras.service.audit;

import java.util.UUID;

/**
 * The outcome of checking the audit log end to end: the hash chain, and the Merkle tree against
 * every signed checkpoint.
 *
 * @param intact true when every record's hash matches its contents and links to the one before, and
 *     every checkpoint is signed by the log's key and has the root of the records up to its size
 * @param recordsChecked how many records were read
 * @param lastSequence the sequence of the newest record (0 when there is none)
 * @param lastHash the hash of the newest record: note it somewhere outside the database, and a
 *     later verification shows that nothing before it has changed
 * @param firstBroken the first record that fails the chain checks, or null
 * @param checkpointsChecked how many checkpoint files were checked
 * @param checkpointedSize the tree size of the largest checkpoint (0 when there is none)
 * @param firstDivergence the first checkpoint the records do not match, or null
 */
public record ChainVerification(
    boolean intact,
    long recordsChecked,
    long lastSequence,
    String lastHash,
    BrokenRecord firstBroken,
    int checkpointsChecked,
    long checkpointedSize,
    Divergence firstDivergence) {

  ChainVerification(
      boolean intact,
      long recordsChecked,
      long lastSequence,
      String lastHash,
      BrokenRecord firstBroken) {
    this(intact, recordsChecked, lastSequence, lastHash, firstBroken, 0, 0, null);
  }

  /** The first record that fails verification: which one and what is wrong with it. */
  public record BrokenRecord(UUID id, long sequence, String problem) {}

  /**
   * The first checkpoint the log does not match.
   *
   * @param treeSize the checkpoint's tree size
   * @param file its file name in the checkpoint folder
   * @param problem what is wrong, in words
   */
  public record Divergence(long treeSize, String file, String problem) {}
}
