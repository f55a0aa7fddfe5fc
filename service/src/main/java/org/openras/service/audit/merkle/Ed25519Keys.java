package org.openras.service.audit.merkle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 keys in PEM files: the private key as PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}, as
 * {@code openssl genpkey -algorithm ed25519} writes it), the public key as X.509
 * SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}, {@code openssl pkey -pubout}).
 */
public final class Ed25519Keys {
  private static final String PRIVATE = "PRIVATE KEY";
  private static final String PUBLIC = "PUBLIC KEY";

  private Ed25519Keys() {}

  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
    }
  }

  public static PrivateKey readPrivate(Path pem) throws IOException {
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePrivate(new PKCS8EncodedKeySpec(decode(pem, PRIVATE)));
    } catch (GeneralSecurityException e) {
      throw new IOException(pem + " is not an Ed25519 private key in PKCS#8 PEM", e);
    }
  }

  public static PublicKey readPublic(Path pem) throws IOException {
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(decode(pem, PUBLIC)));
    } catch (GeneralSecurityException e) {
      throw new IOException(pem + " is not an Ed25519 public key in PEM", e);
    }
  }

  /** The 32 bytes of the public key (the end of its X.509 encoding). */
  public static byte[] raw(PublicKey key) {
    byte[] encoded = key.getEncoded();
    return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
  }

  /** Whether the two keys are one pair (signs a test text with one, verifies with the other). */
  public static boolean pair(PrivateKey privateKey, PublicKey publicKey) {
    try {
      byte[] probe = "openras checkpoint key check".getBytes(StandardCharsets.UTF_8);
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(probe);
      byte[] sig = s.sign();
      s.initVerify(publicKey);
      s.update(probe);
      return s.verify(sig);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * Writes a new key pair: the private key readable by its owner only (0600 where the file system
   * has POSIX permissions), the public key readable by all. Refuses to replace an existing key.
   */
  public static void write(KeyPair pair, Path privatePem, Path publicPem) throws IOException {
    Files.createDirectories(privatePem.toAbsolutePath().getParent());
    Files.createDirectories(publicPem.toAbsolutePath().getParent());
    Path tmp = privatePem.resolveSibling(privatePem.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(tmp);
    }
    Files.writeString(tmp, pem(PRIVATE, pair.getPrivate().getEncoded()));
    try {
      Files.move(tmp, privatePem); // no REPLACE_EXISTING: never overwrite a key
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.writeString(publicPem, pem(PUBLIC, pair.getPublic().getEncoded()));
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static byte[] decode(Path pem, String type) throws IOException {
    String text = Files.readString(pem, StandardCharsets.US_ASCII);
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IOException(pem + " has no " + begin + " block");
    }
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
  }
}
