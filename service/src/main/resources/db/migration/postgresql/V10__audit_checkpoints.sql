-- The audit trail as a verifiable log (docs/adr/0009-verifiable-audit-log.md): the hashes of the
-- Merkle tree's perfect subtrees over the records (RFC 9162), so that a checkpoint or a proof reads
-- O(log n) of them instead of every record. Level 0 holds each record's leaf hash, SHA-256(0x00 ||
-- record hash), at index sequence - 1; a node at level L and index i covers the 2^L leaves from
-- i * 2^L. Written by the checkpointer only, append-only like the records (the same triggers). On
-- PostgreSQL checkpointers serialise on an advisory lock; the table audit_checkpoint_lock is H2's.
-- Existing records are not changed: their hashes become the leaves at the first checkpoint.
CREATE TABLE audit_merkle_node (
  tree_level INT NOT NULL,
  node_index BIGINT NOT NULL,
  node_hash  CHAR(64) NOT NULL,
  PRIMARY KEY (tree_level, node_index)
);

CREATE TRIGGER audit_merkle_node_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_merkle_node
  FOR EACH ROW EXECUTE FUNCTION audit_record_refuse_change();

CREATE TRIGGER audit_merkle_node_no_truncate
  BEFORE TRUNCATE ON audit_merkle_node
  FOR EACH STATEMENT EXECUTE FUNCTION audit_record_refuse_change();

REVOKE ALL ON audit_merkle_node FROM PUBLIC;
GRANT SELECT, INSERT ON audit_merkle_node TO ${appRole};
