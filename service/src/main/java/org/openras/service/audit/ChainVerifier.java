package org.openras.service.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openras.service.audit.merkle.Checkpoint;
import org.openras.service.audit.merkle.Frontier;
import org.openras.service.audit.merkle.Merkle;
import org.openras.service.audit.merkle.SignedNote;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Recomputes the chain: every record's hash from its stored fields, every link to the record
 * before, and the sequence without gaps; and the Merkle tree over the records against every signed
 * checkpoint (docs/adr/0009): each checkpoint's signature, its root at its size, and a log shorter
 * than a checkpoint (truncation). Names the first record and the first checkpoint that fail.
 */
@Service
public class ChainVerifier {
  private final AuditLog log;
  private final CheckpointFolder folder;
  private final CheckpointKey key;
  private final MerkleNodes nodes;
  private final AuditMetrics metrics;

  /** The chain checks alone, with no checkpoints (for tests of the chain). */
  ChainVerifier(AuditLog log) {
    this(log, null, null, null, null);
  }

  /** Without meters (for tests of the log). */
  ChainVerifier(AuditLog log, CheckpointFolder folder, CheckpointKey key, MerkleNodes nodes) {
    this(log, folder, key, nodes, null);
  }

  @Autowired
  ChainVerifier(
      AuditLog log,
      CheckpointFolder folder,
      CheckpointKey key,
      MerkleNodes nodes,
      AuditMetrics metrics) {
    this.log = log;
    this.folder = folder;
    this.key = key;
    this.nodes = nodes;
    this.metrics = metrics;
  }

  /**
   * {@link #verify()}, timed and counted by its outcome and what started it ({@link AuditMetrics}).
   */
  public ChainVerification verify(AuditMetrics.Trigger trigger) {
    return metrics == null ? verify() : metrics.verification(trigger, this::verify);
  }

  public ChainVerification verify() {
    Signed signed = folder == null ? new Signed(List.of(), null) : signedCheckpoints();
    Walk walk = new Walk(signed.accepted());
    log.forEach(walk::visit);
    ChainVerification.Divergence divergence =
        signed.problem() != null ? signed.problem() : walk.divergence();
    long checkpointed =
        signed.accepted().isEmpty()
            ? 0
            : signed.accepted().get(signed.accepted().size() - 1).checkpoint().size();
    return new ChainVerification(
        walk.broken == null && divergence == null,
        walk.checked,
        walk.sequence,
        walk.hash,
        walk.broken,
        signed.accepted().size(),
        checkpointed,
        divergence);
  }

  /** A checkpoint file whose signature and text were accepted. */
  record Accepted(CheckpointFolder.Stored file, Checkpoint checkpoint) {}

  private record Signed(List<Accepted> accepted, ChainVerification.Divergence problem) {}

  /** Every checkpoint file, its signature checked with the public key (not the database). */
  private Signed signedCheckpoints() {
    List<Accepted> accepted = new ArrayList<>();
    List<CheckpointFolder.Stored> files = folder.all();
    Optional<PublicKey> publicKey = files.isEmpty() ? Optional.empty() : key.publicKey();
    for (CheckpointFolder.Stored file : files) {
      String problem = null;
      Checkpoint checkpoint = null;
      try {
        if (publicKey.isEmpty()) {
          problem = "there is no public key to check it with (openras.audit.checkpoint.public-key)";
        } else {
          checkpoint = Checkpoint.parse(SignedNote.open(file.note(), key.name(), publicKey.get()));
          if (!checkpoint.origin().equals(key.name())) {
            problem = "it is for the log " + checkpoint.origin() + ", not " + key.name();
          } else if (checkpoint.size() != file.size()) {
            problem = "its name says size " + file.size() + " but it signs " + checkpoint.size();
          }
        }
      } catch (IllegalArgumentException e) {
        problem = e.getMessage() + ": the file was changed or forged";
      }
      if (problem != null) {
        return new Signed(
            accepted, new ChainVerification.Divergence(file.size(), file.file(), problem));
      }
      accepted.add(new Accepted(file, checkpoint));
    }
    return new Signed(accepted, null);
  }

  /** The state of one pass over the chain and the tree. */
  private final class Walk {
    final List<Accepted> checkpoints;
    final Frontier tree = new Frontier();
    int next;
    long checked;
    long sequence;
    String hash = AuditHash.GENESIS;
    ChainVerification.BrokenRecord broken;
    ChainVerification.Divergence divergence;

    Walk(List<Accepted> checkpoints) {
      this.checkpoints = checkpoints;
      passCheckpoints(); // a checkpoint of size 0
    }

    void visit(AuditEntry e) {
      tree.append(Merkle.recordLeaf(e.hash()));
      passCheckpoints();
      if (broken != null) {
        return;
      }
      checked++;
      String problem = problem(e);
      if (problem != null) {
        broken = new ChainVerification.BrokenRecord(e.id(), e.sequence(), problem);
        return;
      }
      sequence = e.sequence();
      hash = e.hash();
    }

    /** Compares the tree's root with each checkpoint of the size it has reached. */
    private void passCheckpoints() {
      while (next < checkpoints.size()
          && checkpoints.get(next).checkpoint().size() == tree.size()) {
        Accepted c = checkpoints.get(next);
        if (divergence == null && !Arrays.equals(tree.root(), c.checkpoint().root())) {
          divergence = mismatch(next);
        }
        next++;
      }
    }

    private ChainVerification.Divergence mismatch(int index) {
      Accepted c = checkpoints.get(index);
      long from = index == 0 ? 1 : checkpoints.get(index - 1).checkpoint().size() + 1;
      String problem =
          "the records up to "
              + c.checkpoint().size()
              + " do not have the root this checkpoint signs: a record from "
              + from
              + " to "
              + c.checkpoint().size()
              + " was changed, replaced, reordered or inserted since it was signed"
              + fork(index);
      return new ChainVerification.Divergence(c.checkpoint().size(), c.file().file(), problem);
    }

    /**
     * Tells a changed record from a fork: whether the log's stored subtrees give a consistency
     * proof (RFC 9162 §2.1.4) from the checkpoint before, which the records matched, to this one.
     */
    private String fork(int index) {
      if (index == 0 || nodes == null) {
        return "";
      }
      Accepted before = checkpoints.get(index - 1);
      Checkpoint after = checkpoints.get(index).checkpoint();
      if (before.checkpoint().size() == 0) {
        return "";
      }
      boolean consistent;
      try {
        long m = before.checkpoint().size();
        List<byte[]> proof = nodes.read(t -> Merkle.consistencyProof(t, m, after.size()));
        consistent =
            Merkle.verifyConsistency(
                m, after.size(), before.checkpoint().root(), after.root(), proof);
      } catch (RuntimeException e) {
        consistent = false; // the stored tree is smaller than the checkpoint, or unreadable
      }
      return consistent
          ? " (the log's stored tree proves this checkpoint extends "
              + before.file().file()
              + ": the records were changed after it was signed)"
          : "; the log's stored tree gives no consistency proof from "
              + before.file().file()
              + " to it: the log has forked from the history this checkpoint signs";
    }

    ChainVerification.Divergence divergence() {
      if (divergence != null) {
        return divergence;
      }
      if (next < checkpoints.size()) {
        Accepted c = checkpoints.get(next);
        return new ChainVerification.Divergence(
            c.checkpoint().size(),
            c.file().file(),
            "the log has "
                + tree.size()
                + " records but this checkpoint signs "
                + c.checkpoint().size()
                + ": records from "
                + (tree.size() + 1)
                + " on were removed (truncated)");
      }
      return null;
    }

    private String problem(AuditEntry e) {
      if (e.sequence() != sequence + 1) {
        return "expected sequence "
            + (sequence + 1)
            + " but found "
            + e.sequence()
            + ": the record(s) in between are missing";
      }
      String recomputed = AuditHash.of(e);
      if (!recomputed.equals(e.hash())) {
        return "its contents do not match its stored hash (stored "
            + e.hash()
            + ", recomputed "
            + recomputed
            + "): the record was changed after it was written";
      }
      if (!e.previousHash().equals(hash)) {
        return "its previous-record hash "
            + e.previousHash()
            + " is not the hash of record "
            + sequence
            + " ("
            + hash
            + "): the record before it was changed or replaced";
      }
      return null;
    }
  }
}
