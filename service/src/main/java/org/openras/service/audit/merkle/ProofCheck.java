package org.openras.service.audit.merkle;

import java.security.PublicKey;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks an inclusion proof against a signed checkpoint and the log's public key, with nothing
 * else: the checkpoint's signature, then the audit path from the record's leaf to the checkpoint's
 * root (RFC 9162 §2.1.3.2). The auditor's page and {@code verify-proof} both use it.
 */
public final class ProofCheck {
  private ProofCheck() {}

  /**
   * The outcome.
   *
   * @param valid true when the checkpoint is signed by the key and the path leads to its root
   * @param message what was found, in words
   * @param checkpoint the checkpoint read (null when its signature or text was not accepted)
   * @param signer the key name of the signature accepted (null when none was)
   */
  public record Outcome(boolean valid, String message, Checkpoint checkpoint, String signer) {}

  public static Outcome check(PublicKey key, String checkpointNote, InclusionProof proof) {
    String signer;
    Checkpoint checkpoint;
    try {
      signer = SignedNote.signer(checkpointNote);
      checkpoint = Checkpoint.parse(SignedNote.open(checkpointNote, signer, key));
    } catch (IllegalArgumentException e) {
      return new Outcome(false, "The checkpoint is not accepted: " + e.getMessage(), null, null);
    }
    if (proof.treeSize() != checkpoint.size()) {
      return new Outcome(
          false,
          "The proof is for a log of "
              + proof.treeSize()
              + " records but the checkpoint is of "
              + checkpoint.size()
              + ": check it against the checkpoint of that size.",
          checkpoint,
          signer);
    }
    List<byte[]> path;
    byte[] leaf;
    try {
      path = proof.auditPath().stream().map(HexFormat.of()::parseHex).toList();
      leaf = Merkle.recordLeaf(proof.recordHash());
    } catch (IllegalArgumentException | NullPointerException e) {
      return new Outcome(false, "The proof's hashes are not hex.", checkpoint, signer);
    }
    if (!Merkle.verifyInclusion(
        leaf, proof.leafIndex(), checkpoint.size(), path, checkpoint.root())) {
      return new Outcome(
          false,
          "The proof does NOT verify: record "
              + proof.recordHash()
              + " at sequence "
              + proof.sequence()
              + " is not in the log this checkpoint signs (root "
              + checkpoint.rootBase64()
              + ").",
          checkpoint,
          signer);
    }
    return new Outcome(
        true,
        "Verified: record "
            + proof.recordHash()
            + " is sequence "
            + proof.sequence()
            + " of the log "
            + checkpoint.origin()
            + " of "
            + checkpoint.size()
            + " records, whose checkpoint is signed by "
            + signer
            + ".",
        checkpoint,
        signer);
  }
}
