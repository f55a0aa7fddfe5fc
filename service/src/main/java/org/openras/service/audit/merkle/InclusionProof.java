package org.openras.service.audit.merkle;

import java.util.List;
import java.util.UUID;

/**
 * That one audit record is in the log a signed checkpoint commits to (RFC 9162 §2.1.3), with
 * everything needed to check it without the database: the record's hash, its leaf index, the audit
 * path and the checkpoint itself.
 *
 * @param calculationId the record's id
 * @param sequence the record's sequence; its leaf index is {@code sequence - 1}
 * @param recordHash the record's hash (hex): the leaf is {@code SHA-256(0x00 || its 32 bytes)}
 * @param treeSize the checkpoint's tree size
 * @param rootHash the checkpoint's root hash (hex)
 * @param auditPath the audit path, nearest sibling first, each hash in hex
 * @param checkpoint the signed checkpoint (a C2SP signed note)
 */
public record InclusionProof(
    UUID calculationId,
    long sequence,
    String recordHash,
    long treeSize,
    String rootHash,
    List<String> auditPath,
    String checkpoint) {

  public long leafIndex() {
    return sequence - 1;
  }
}
