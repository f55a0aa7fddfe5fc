package org.openras.service.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The log's Merkle tree, frontier and proofs against the test's own RFC 9162 ({@link Rfc9162}):
 * every tree of 1 to 70 leaves, every leaf's inclusion proof and every consistency proof, each way
 * round (the code's proofs verified by the test's algorithms and the test's proofs by the code's).
 */
class MerkleTest {
  static final int MAX = 70;

  static List<byte[]> leaves(int n) {
    List<byte[]> d = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      d.add(("leaf " + i).getBytes(StandardCharsets.UTF_8));
    }
    return d;
  }

  /** Subtrees computed from the leaves in memory (as the stored ones would be). */
  static Merkle.Subtrees inMemory(List<byte[]> d) {
    return (level, index) -> {
      int from = (int) (index << level);
      return Rfc9162.mth(d.subList(from, from + (1 << level)));
    };
  }

  @Test
  void theFrontiersRootIsTheTreeHashAtEverySize() {
    List<byte[]> d = leaves(MAX);
    Frontier f = new Frontier();
    assertThat(f.root()).isEqualTo(Rfc9162.mth(List.of()));
    for (int n = 1; n <= MAX; n++) {
      f.append(Merkle.leafHash(d.get(n - 1)));
      assertThat(f.root()).as("size %d", n).isEqualTo(Rfc9162.mth(d.subList(0, n)));
      assertThat(Merkle.root(inMemory(d), n)).isEqualTo(Rfc9162.mth(d.subList(0, n)));
      assertThat(Frontier.of(inMemory(d), n).root()).isEqualTo(f.root());
    }
  }

  @Test
  void theFrontierEmitsEveryPerfectSubtreeOnce() {
    List<byte[]> d = leaves(MAX);
    Frontier f = new Frontier();
    int count = 0;
    for (byte[] leaf : d) {
      for (Frontier.Node node : f.append(Merkle.leafHash(leaf))) {
        assertThat(node.hash()).isEqualTo(inMemory(d).perfect(node.level(), node.index()));
        count++;
      }
    }
    assertThat(count).isEqualTo(2 * MAX - Integer.bitCount(MAX));
  }

  @Test
  void everyInclusionProofVerifiesBothWays() {
    List<byte[]> d = leaves(MAX);
    for (int n = 1; n <= MAX; n++) {
      byte[] root = Rfc9162.mth(d.subList(0, n));
      for (int m = 0; m < n; m++) {
        byte[] leaf = Merkle.leafHash(d.get(m));
        List<byte[]> ours = Merkle.inclusionProof(inMemory(d), m, n);
        List<byte[]> theirs = Rfc9162.path(m, d.subList(0, n));
        assertThat(ours).as("m %d n %d", m, n).containsExactlyElementsOf(theirs);
        assertThat(Rfc9162.verifyInclusion(m, n, leaf, ours, root)).isTrue();
        assertThat(Merkle.verifyInclusion(leaf, m, n, theirs, root)).isTrue();
        // and a wrong leaf, index or root fails
        assertThat(Merkle.verifyInclusion(Merkle.leafHash(d.get((m + 1) % MAX)), m, n, ours, root))
            .isEqualTo(n == 1 && MAX == 1);
        if (n > 1) {
          assertThat(Merkle.verifyInclusion(leaf, (m + 1) % n, n, ours, root)).isFalse();
        }
      }
    }
  }

  @Test
  void everyConsistencyProofVerifiesBothWays() {
    List<byte[]> d = leaves(MAX);
    for (int n = 1; n <= MAX; n++) {
      byte[] second = Rfc9162.mth(d.subList(0, n));
      for (int m = 1; m <= n; m++) {
        byte[] first = Rfc9162.mth(d.subList(0, m));
        List<byte[]> ours = Merkle.consistencyProof(inMemory(d), m, n);
        List<byte[]> theirs = Rfc9162.proof(m, d.subList(0, n));
        assertThat(ours).as("m %d n %d", m, n).containsExactlyElementsOf(theirs);
        assertThat(Rfc9162.verifyConsistency(m, n, first, second, ours)).isTrue();
        assertThat(Merkle.verifyConsistency(m, n, first, second, theirs)).isTrue();
      }
    }
  }

  @Test
  void aForkedTreeIsNotConsistent() {
    List<byte[]> d = leaves(40);
    List<byte[]> forked = new ArrayList<>(d);
    forked.set(7, "changed".getBytes(StandardCharsets.UTF_8));
    byte[] first = Rfc9162.mth(d.subList(0, 13));
    byte[] second = Rfc9162.mth(forked);
    List<byte[]> proof = Merkle.consistencyProof(inMemory(forked), 13, 40);
    assertThat(Merkle.verifyConsistency(13, 40, first, second, proof)).isFalse();
    assertThat(Rfc9162.verifyConsistency(13, 40, first, second, proof)).isFalse();
  }
}
