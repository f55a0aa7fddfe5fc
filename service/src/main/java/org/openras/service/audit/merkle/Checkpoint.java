package org.openras.service.audit.merkle;

import java.util.Arrays;
import java.util.Base64;

/**
 * A checkpoint's text in the C2SP tlog-checkpoint format: the log's origin, its size in decimal and
 * its root hash in base64, each on a line ending in a newline. Signed as a C2SP signed note ({@link
 * SignedNote}), it is what the log commits to: every later checkpoint must extend it.
 */
public record Checkpoint(String origin, long size, byte[] root) {

  public String text() {
    return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
  }

  /** Reads a checkpoint's text (extension lines after the root are allowed and ignored). */
  public static Checkpoint parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 4 || !text.endsWith("\n")) {
      throw new IllegalArgumentException("a checkpoint has an origin, a size and a root hash line");
    }
    long size;
    byte[] root;
    try {
      size = Long.parseLong(lines[1]);
      root = Base64.getDecoder().decode(lines[2]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a checkpoint's size or root hash is not readable", e);
    }
    if (size < 0 || !lines[1].equals(Long.toString(size)) || root.length != Merkle.HASH_BYTES) {
      throw new IllegalArgumentException("a checkpoint's size or root hash is not well formed");
    }
    return new Checkpoint(lines[0], size, root);
  }

  public String rootBase64() {
    return Base64.getEncoder().encodeToString(root);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint c
        && origin.equals(c.origin)
        && size == c.size
        && Arrays.equals(root, c.root);
  }

  @Override
  public int hashCode() {
    return 31 * origin.hashCode() + Long.hashCode(size) + Arrays.hashCode(root);
  }

  @Override
  public String toString() {
    return origin + " size " + size + " root " + rootBase64();
  }
}
