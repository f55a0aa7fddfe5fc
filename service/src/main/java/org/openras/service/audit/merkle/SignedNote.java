package org.openras.service.audit.merkle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/**
 * A C2SP signed note with Ed25519: the text (ending in a newline), a blank line, and signature
 * lines {@code — <key name> <base64(key id || signature)>}, where the key id is the first four
 * bytes of {@code SHA-256(key name || 0x0A || 0x01 || public key)} and the signature covers the
 * text including its final newline.
 */
public final class SignedNote {
  static final String DASH = "\u2014 ";
  static final byte ED25519 = 0x01;

  private SignedNote() {}

  /** Signs the text as the key named {@code name}; returns the whole note. */
  public static String sign(String text, String name, PrivateKey key, PublicKey publicKey) {
    if (!text.endsWith("\n") || text.contains("\n\n")) {
      throw new IllegalArgumentException("a note's text ends in one newline and has no blank line");
    }
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(key);
      ed.update(text.getBytes(StandardCharsets.UTF_8));
      byte[] signature = ed.sign();
      byte[] line = new byte[4 + signature.length];
      System.arraycopy(keyId(name, publicKey), 0, line, 0, 4);
      System.arraycopy(signature, 0, line, 4, signature.length);
      return text + "\n" + DASH + name + " " + Base64.getEncoder().encodeToString(line) + "\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the checkpoint key", e);
    }
  }

  /**
   * Opens a note: returns its text when a signature line of {@code name} whose key id is this key's
   * verifies. The first line with that name and key id decides, as in C2SP.
   *
   * @throws IllegalArgumentException saying why the note is not accepted
   */
  public static String open(String note, String name, PublicKey key) {
    int blank = note.lastIndexOf("\n\n");
    if (blank < 0 || !note.endsWith("\n")) {
      throw new IllegalArgumentException(
          "it is not a signed note (no blank line before signatures)");
    }
    String text = note.substring(0, blank + 1);
    byte[] id = keyId(name, key);
    for (String line : note.substring(blank + 2).split("\n")) {
      if (!line.startsWith(DASH)) {
        throw new IllegalArgumentException("a signature line does not start with an em dash");
      }
      String[] parts = line.substring(DASH.length()).split(" ");
      if (parts.length != 2) {
        throw new IllegalArgumentException("a signature line is not '— name signature'");
      }
      byte[] sig;
      try {
        sig = Base64.getDecoder().decode(parts[1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("a signature is not base64", e);
      }
      if (parts[0].equals(name) && sig.length == 68 && Arrays.equals(Arrays.copyOf(sig, 4), id)) {
        if (!verifies(text, Arrays.copyOfRange(sig, 4, 68), key)) {
          throw new IllegalArgumentException(
              "the signature of " + name + " does not verify: the text was changed or forged");
        }
        return text;
      }
    }
    throw new IllegalArgumentException("it is not signed by the key " + name + " given");
  }

  /** The name of the first signature line (the signer's key name). */
  public static String signer(String note) {
    int blank = note.lastIndexOf("\n\n");
    if (blank < 0) {
      throw new IllegalArgumentException(
          "it is not a signed note (no blank line before signatures)");
    }
    String line = note.substring(blank + 2);
    if (!line.startsWith(DASH) || line.indexOf(' ', DASH.length()) < 0) {
      throw new IllegalArgumentException("it has no signature line");
    }
    return line.substring(DASH.length(), line.indexOf(' ', DASH.length()));
  }

  private static boolean verifies(String text, byte[] signature, PublicKey key) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(key);
      ed.update(text.getBytes(StandardCharsets.UTF_8));
      return ed.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** {@code SHA-256(name || 0x0A || 0x01 || public key)[:4]}. */
  public static byte[] keyId(String name, PublicKey key) {
    var sha = Merkle.sha256();
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    sha.update(ED25519);
    sha.update(Ed25519Keys.raw(key));
    return Arrays.copyOf(sha.digest(), 4);
  }

  /** The C2SP verifier key: {@code name+hex(key id)+base64(0x01 || public key)}. */
  public static String verifierKey(String name, PublicKey key) {
    byte[] typed = new byte[33];
    typed[0] = ED25519;
    System.arraycopy(Ed25519Keys.raw(key), 0, typed, 1, 32);
    return name
        + "+"
        + java.util.HexFormat.of().formatHex(keyId(name, key))
        + "+"
        + Base64.getEncoder().encodeToString(typed);
  }
}
