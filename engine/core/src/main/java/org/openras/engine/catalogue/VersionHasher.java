package org.openras.engine.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A version's identity (DESIGN.md §3): SHA-256 over its files except {@code cases/}, in sorted
 * relative-path order. For each file the digest takes the path (UTF-8), a NUL byte, the content and
 * a NUL byte. Text files are hashed with LF line endings, so a Windows checkout hashes the same;
 * spreadsheets are hashed as the bytes they are.
 */
public final class VersionHasher {
  private VersionHasher() {}

  public static String hash(RuleSetSource source) {
    MessageDigest digest = sha256();
    for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
      String path = file.getKey();
      if (path.startsWith("cases/")) {
        continue;
      }
      digest.update(path.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(isBinary(path) ? file.getValue() : normaliseLineEndings(file.getValue()));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static boolean isBinary(String path) {
    return path.endsWith(".xlsx") || path.endsWith(".xls");
  }

  private static byte[] normaliseLineEndings(byte[] text) {
    return new String(text, StandardCharsets.UTF_8)
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
