package org.openras.service.audit.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 9162 §2.1 written once more for the tests, from the RFC's text and independently of {@link
 * Merkle}: the tree hash, audit paths and consistency proofs over a list of leaves (§2.1.1,
 * §2.1.3.1, §2.1.4.1), and the two verification algorithms (§2.1.3.2, §2.1.4.2), step by step.
 */
public final class Rfc9162 {
  private Rfc9162() {}

  public static byte[] sha(int prefix, byte[]... parts) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      if (prefix >= 0) {
        d.update((byte) prefix);
      }
      for (byte[] p : parts) {
        d.update(p);
      }
      return d.digest();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** MTH(D[n]) over the leaves' data (not their hashes). */
  public static byte[] mth(List<byte[]> d) {
    if (d.isEmpty()) {
      return sha(-1);
    }
    if (d.size() == 1) {
      return sha(0, d.get(0));
    }
    int k = 1;
    while (k * 2 < d.size()) {
      k *= 2;
    }
    return sha(1, mth(d.subList(0, k)), mth(d.subList(k, d.size())));
  }

  public static List<byte[]> path(int m, List<byte[]> d) {
    List<byte[]> out = new ArrayList<>();
    if (d.size() <= 1) {
      return out;
    }
    int k = 1;
    while (k * 2 < d.size()) {
      k *= 2;
    }
    if (m < k) {
      out.addAll(path(m, d.subList(0, k)));
      out.add(mth(d.subList(k, d.size())));
    } else {
      out.addAll(path(m - k, d.subList(k, d.size())));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }

  public static List<byte[]> proof(int m, List<byte[]> d) {
    return subproof(m, d, true);
  }

  private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
    List<byte[]> out = new ArrayList<>();
    int n = d.size();
    if (m == n) {
      if (!b) {
        out.add(mth(d));
      }
      return out;
    }
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    if (m <= k) {
      out.addAll(subproof(m, d.subList(0, k), b));
      out.add(mth(d.subList(k, n)));
    } else {
      out.addAll(subproof(m - k, d.subList(k, n), false));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }

  /** §2.1.3.2, its steps numbered as in the RFC. */
  public static boolean verifyInclusion(
      long leafIndex, long treeSize, byte[] hash, List<byte[]> inclusionPath, byte[] rootHash) {
    // 1.
    if (leafIndex >= treeSize) {
      return false;
    }
    // 2., 3.
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = hash;
    // 4.
    for (byte[] p : inclusionPath) {
      if (sn == 0) {
        return false; // a.
      }
      if (lsb(fn) || fn == sn) { // b.
        r = sha(1, p, r);
        if (!lsb(fn)) {
          do {
            fn >>>= 1;
            sn >>>= 1;
          } while (!lsb(fn) && fn != 0);
        }
      } else {
        r = sha(1, r, p);
      }
      fn >>>= 1; // c.
      sn >>>= 1;
    }
    // 5.
    return sn == 0 && Arrays.equals(r, rootHash);
  }

  /** §2.1.4.2, its steps numbered as in the RFC. */
  public static boolean verifyConsistency(
      long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> path) {
    if (first == second) {
      return path.isEmpty() && Arrays.equals(firstHash, secondHash);
    }
    // 1.
    if (path.isEmpty() || first > second || first == 0) {
      return false;
    }
    List<byte[]> c = new ArrayList<>(path);
    // 2.
    if ((first & (first - 1)) == 0) {
      c.add(0, firstHash);
    }
    // 3., 4.
    long fn = first - 1;
    long sn = second - 1;
    while (lsb(fn)) {
      fn >>>= 1;
      sn >>>= 1;
    }
    // 5.
    byte[] fr = c.get(0);
    byte[] sr = c.get(0);
    // 6.
    for (byte[] x : c.subList(1, c.size())) {
      if (sn == 0) {
        return false;
      }
      if (lsb(fn) || fn == sn) {
        fr = sha(1, x, fr);
        sr = sha(1, x, sr);
        if (!lsb(fn)) {
          do {
            fn >>>= 1;
            sn >>>= 1;
          } while (!lsb(fn) && fn != 0);
        }
      } else {
        sr = sha(1, sr, x);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    // 7.
    return sn == 0 && Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash);
  }

  private static boolean lsb(long x) {
    return (x & 1) == 1;
  }
}
