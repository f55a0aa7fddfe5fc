-- The audit trail as a verifiable log (docs/adr/0009-verifiable-audit-log.md): the hashes of the
-- Merkle tree's perfect subtrees over the records (RFC 9162), so that a checkpoint or a proof reads
-- O(log n) of them instead of every record. Level 0 holds each record's leaf hash, SHA-256(0x00 ||
-- record hash), at index sequence - 1; a node at level L and index i covers the 2^L leaves from
-- i * 2^L. Written by the checkpointer only, append-only. Existing records are not changed: their
-- hashes become the leaves when the first checkpoint is taken.
CREATE TABLE audit_merkle_node (
  tree_level INT NOT NULL,
  node_index BIGINT NOT NULL,
  node_hash  CHAR(64) NOT NULL,
  PRIMARY KEY (tree_level, node_index)
);

-- One row whose lock serialises checkpointers across connections and instances.
CREATE TABLE audit_checkpoint_lock (
  id INT PRIMARY KEY
);
INSERT INTO audit_checkpoint_lock (id) VALUES (1);
