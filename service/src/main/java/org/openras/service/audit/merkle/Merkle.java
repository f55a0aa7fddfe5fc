package org.openras.service.audit.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree hash of RFC 9162 §2.1.1 over SHA-256: a leaf is {@code SHA-256(0x00 || leaf)}, a
 * node {@code SHA-256(0x01 || left || right)}, and a tree of n leaves splits at the largest power
 * of two smaller than n. The leaf of audit record {@code s} is its record hash as 32 bytes, at
 * index {@code s - 1}. Proofs (RFC 9162 §2.1.3, §2.1.4) are built from any {@link Subtrees}: the
 * stored subtree hashes, or the leaves in memory.
 */
public final class Merkle {
  public static final int HASH_BYTES = 32;

  private Merkle() {}

  /** The hashes of the tree's subtrees, however they are found. */
  public interface Subtrees {
    /**
     * The hash of the perfect subtree of 2^level leaves starting at leaf {@code index << level}.
     */
    byte[] perfect(int level, long index);
  }

  public static byte[] leafHash(byte[] leaf) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x00);
    sha.update(leaf);
    return sha.digest();
  }

  /** The leaf hash of an audit record, from its record hash in hex. */
  public static byte[] recordLeaf(String recordHashHex) {
    return leafHash(HexFormat.of().parseHex(recordHashHex));
  }

  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x01);
    sha.update(left);
    sha.update(right);
    return sha.digest();
  }

  /** The root of the empty tree: SHA-256 of nothing. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /** The largest power of two smaller than n (n at least 2). */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }

  /**
   * MTH(D[lo:hi]) from stored subtrees: a perfect aligned range is one read; any other (the right
   * edge of a tree) splits as RFC 9162 says, which costs O(log n) reads.
   */
  public static byte[] hash(Subtrees tree, long lo, long hi) {
    long n = hi - lo;
    if (n == 0) {
      return emptyRoot();
    }
    if (Long.bitCount(n) == 1 && lo % n == 0) {
      int level = Long.numberOfTrailingZeros(n);
      return tree.perfect(level, lo >> level);
    }
    long k = split(n);
    return nodeHash(hash(tree, lo, lo + k), hash(tree, lo + k, hi));
  }

  /** The root of the first n leaves. */
  public static byte[] root(Subtrees tree, long n) {
    return hash(tree, 0, n);
  }

  /** PATH(m, D[0:n]) of RFC 9162 §2.1.3.1: the audit path of leaf m, nearest sibling first. */
  public static List<byte[]> inclusionProof(Subtrees tree, long m, long n) {
    if (m < 0 || m >= n) {
      throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
    }
    List<byte[]> path = new ArrayList<>();
    path(tree, m, 0, n, path);
    return path;
  }

  private static void path(Subtrees tree, long m, long lo, long hi, List<byte[]> out) {
    if (hi - lo == 1) {
      return;
    }
    long k = split(hi - lo);
    if (m < k) {
      path(tree, m, lo, lo + k, out);
      out.add(hash(tree, lo + k, hi));
    } else {
      path(tree, m - k, lo + k, hi, out);
      out.add(hash(tree, lo, lo + k));
    }
  }

  /** PROOF(m, D[0:n]) of RFC 9162 §2.1.4.1: that the tree of m leaves is a prefix of that of n. */
  public static List<byte[]> consistencyProof(Subtrees tree, long m, long n) {
    if (m < 1 || m > n) {
      throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
    }
    List<byte[]> proof = new ArrayList<>();
    subproof(tree, m, 0, n, true, proof);
    return proof;
  }

  private static void subproof(
      Subtrees tree, long m, long lo, long hi, boolean b, List<byte[]> out) {
    long n = hi - lo;
    if (m == n) {
      if (!b) {
        out.add(hash(tree, lo, hi));
      }
      return;
    }
    long k = split(n);
    if (m <= k) {
      subproof(tree, m, lo, lo + k, b, out);
      out.add(hash(tree, lo + k, hi));
    } else {
      subproof(tree, m - k, lo + k, hi, false, out);
      out.add(hash(tree, lo, lo + k));
    }
  }

  /** RFC 9162 §2.1.3.2: whether the path proves leaf hash {@code leaf} at index m of the root. */
  public static boolean verifyInclusion(
      byte[] leaf, long m, long n, List<byte[]> path, byte[] root) {
    if (m < 0 || m >= n) {
      return false;
    }
    long fn = m;
    long sn = n - 1;
    byte[] r = leaf;
    for (byte[] p : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /** RFC 9162 §2.1.4.2: whether the proof shows the tree (m, first) is a prefix of (n, second). */
  public static boolean verifyConsistency(
      long m, long n, byte[] first, byte[] second, List<byte[]> proof) {
    if (m < 1 || m > n) {
      return false;
    }
    if (m == n) {
      return proof.isEmpty() && Arrays.equals(first, second);
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(m) == 1) {
      path.add(0, first);
    }
    long fn = m - 1;
    long sn = n - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(fr, first) && Arrays.equals(sr, second);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
