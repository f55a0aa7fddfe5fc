package org.openras.service.audit;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openras.service.audit.merkle.Checkpoint;
import org.openras.service.audit.merkle.InclusionProof;
import org.openras.service.audit.merkle.Merkle;
import org.springframework.stereotype.Service;

/**
 * Inclusion proofs of audit records against the latest checkpoint, built from the stored subtrees
 * (O(log n) reads). A record newer than the latest checkpoint gets a checkpoint taken first.
 */
@Service
public class LogProofs {
  private final AuditLog log;
  private final MerkleNodes nodes;
  private final CheckpointFolder folder;
  private final Checkpointer checkpointer;

  LogProofs(AuditLog log, MerkleNodes nodes, CheckpointFolder folder, Checkpointer checkpointer) {
    this.log = log;
    this.nodes = nodes;
    this.folder = folder;
    this.checkpointer = checkpointer;
  }

  /** The record's proof, or empty when no record has this id. */
  public Optional<InclusionProof> prove(UUID id) {
    return log.find(id).map(this::prove);
  }

  private InclusionProof prove(AuditEntry entry) {
    CheckpointFolder.Stored latest =
        folder
            .latest()
            .filter(c -> c.size() >= entry.sequence())
            .orElseGet(checkpointer::checkpoint);
    if (latest.size() < entry.sequence()) {
      throw new CheckpointRefusedException("record " + entry.sequence() + " is not in the log yet");
    }
    Checkpoint checkpoint = text(latest.note());
    List<String> path =
        nodes
            .read(tree -> Merkle.inclusionProof(tree, entry.sequence() - 1, latest.size()))
            .stream()
            .map(HexFormat.of()::formatHex)
            .toList();
    return new InclusionProof(
        entry.id(),
        entry.sequence(),
        entry.hash(),
        checkpoint.size(),
        HexFormat.of().formatHex(checkpoint.root()),
        path,
        latest.note());
  }

  static Checkpoint text(String note) {
    return Checkpoint.parse(note.substring(0, note.lastIndexOf("\n\n") + 1));
  }
}
