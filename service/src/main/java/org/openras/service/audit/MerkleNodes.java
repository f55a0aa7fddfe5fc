package org.openras.service.audit;

import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.openras.service.audit.merkle.Frontier;
import org.openras.service.audit.merkle.Merkle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored hashes of the Merkle tree's perfect subtrees ({@code audit_merkle_node}), written by
 * the checkpointer as it extends the tree; proofs and checkpoint roots read O(log n) of them.
 */
@Repository
public class MerkleNodes {
  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  MerkleNodes(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.template = new JdbcTemplate(dataSource);
  }

  /** How many leaves the stored tree holds. */
  public long size() {
    return jdbc.sql(
            "SELECT COALESCE(MAX(node_index) + 1, 0) FROM audit_merkle_node WHERE tree_level = 0")
        .query(Long.class)
        .single();
  }

  /** The stored subtrees; a subtree not stored is a fault (the tree is smaller than asked). */
  public Merkle.Subtrees subtrees() {
    return (level, index) ->
        jdbc.sql("SELECT node_hash FROM audit_merkle_node WHERE tree_level = ? AND node_index = ?")
            .params(level, index)
            .query(String.class)
            .optional()
            .map(HexFormat.of()::parseHex)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The stored Merkle tree has no subtree at level "
                            + level
                            + " index "
                            + index));
  }

  void insert(List<Frontier.Node> nodes) {
    template.batchUpdate(
        "INSERT INTO audit_merkle_node (tree_level, node_index, node_hash) VALUES (?,?,?)",
        nodes.stream()
            .map(n -> new Object[] {n.level(), n.index(), HexFormat.of().formatHex(n.hash())})
            .toList());
  }
}
