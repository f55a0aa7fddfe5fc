package org.openras.service.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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

  /**
   * Runs a computation over the stored subtrees reading them in one query: a first pass only notes
   * which subtrees it asks for (which ones depends on the sizes alone, never on the hashes), the
   * second gets them from what one query read. A proof or a root then costs one round trip.
   */
  public <T> T read(Function<Merkle.Subtrees, T> computation) {
    Set<List<Long>> wanted = new LinkedHashSet<>();
    computation.apply(
        (level, index) -> {
          wanted.add(List.of((long) level, index));
          return new byte[Merkle.HASH_BYTES];
        });
    Map<List<Long>, byte[]> found = new HashMap<>();
    // One indexed look-up per level (tree_level = ? AND node_index IN (...)), in one statement.
    Map<Long, List<Long>> byLevel = new TreeMap<>();
    wanted.forEach(k -> byLevel.computeIfAbsent(k.get(0), l -> new ArrayList<>()).add(k.get(1)));
    if (!byLevel.isEmpty()) {
      List<String> parts = new ArrayList<>();
      List<Object> params = new ArrayList<>();
      byLevel.forEach(
          (level, indexes) -> {
            parts.add(
                "SELECT tree_level, node_index, node_hash FROM audit_merkle_node WHERE tree_level"
                    + " = ? AND node_index IN ("
                    + String.join(",", Collections.nCopies(indexes.size(), "?"))
                    + ")");
            params.add(level.intValue());
            params.addAll(indexes);
          });
      template.query(
          String.join(" UNION ALL ", parts),
          rs -> {
            found.put(
                List.of((long) rs.getInt(1), rs.getLong(2)),
                HexFormat.of().parseHex(rs.getString(3)));
          },
          params.toArray());
    }
    return computation.apply(
        (level, index) -> {
          byte[] hash = found.get(List.of((long) level, index));
          if (hash == null) {
            throw new IllegalStateException(
                "The stored Merkle tree has no subtree at level " + level + " index " + index);
          }
          return hash;
        });
  }

  void insert(List<Frontier.Node> nodes) {
    template.batchUpdate(
        "INSERT INTO audit_merkle_node (tree_level, node_index, node_hash) VALUES (?,?,?)",
        nodes.stream()
            .map(n -> new Object[] {n.level(), n.index(), HexFormat.of().formatHex(n.hash())})
            .toList());
  }
}
