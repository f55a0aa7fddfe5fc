package org.openras.service.audit.merkle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The compact frontier of a Merkle tree: the roots of its perfect subtrees from left to right, one
 * per set bit of its size (at most 64 hashes). Appending a leaf costs O(1) hashes amortised and the
 * root O(log n), so the checkpointer extends the tree from the stored frontier without reading the
 * records again.
 */
public final class Frontier {
  /** A perfect subtree: 2^level leaves starting at leaf {@code index << level}. */
  public record Node(int level, long index, byte[] hash) {}

  private final Deque<Node> nodes = new ArrayDeque<>();
  private long size;

  /** The frontier of the first {@code size} leaves, from the stored subtrees. */
  public static Frontier of(Merkle.Subtrees tree, long size) {
    Frontier f = new Frontier();
    long start = 0;
    for (int level = 63; level >= 0; level--) {
      long width = 1L << level;
      if ((size & width) != 0) {
        long index = start >> level;
        f.nodes.addLast(new Node(level, index, tree.perfect(level, index)));
        start += width;
      }
    }
    f.size = size;
    return f;
  }

  public long size() {
    return size;
  }

  /** Appends a leaf hash; returns the subtrees it completes (the leaf itself first) to store. */
  public List<Node> append(byte[] leafHash) {
    List<Node> completed = new ArrayList<>(2);
    Node node = new Node(0, size, leafHash);
    completed.add(node);
    while (!nodes.isEmpty() && nodes.peekLast().level() == node.level()) {
      Node left = nodes.removeLast();
      node =
          new Node(node.level() + 1, left.index() >> 1, Merkle.nodeHash(left.hash(), node.hash()));
      completed.add(node);
    }
    nodes.addLast(node);
    size++;
    return completed;
  }

  /** MTH of the leaves so far. */
  public byte[] root() {
    if (nodes.isEmpty()) {
      return Merkle.emptyRoot();
    }
    Iterator<Node> fromRight = nodes.descendingIterator();
    byte[] root = fromRight.next().hash();
    while (fromRight.hasNext()) {
      root = Merkle.nodeHash(fromRight.next().hash(), root);
    }
    return root;
  }
}
