package org.openras.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A record's hash: SHA-256, as 64 lower-case hex digits, over this canonical text (UTF-8):
 *
 * <pre>
 * openras-audit-v1\n
 * sequence:&lt;n&gt;:&lt;value&gt;\n
 * id:&lt;n&gt;:&lt;value&gt;\n
 * ... and so on for recordedAt, actor, role, personRef, request, result, ruleSets,
 * engineVersion, previousHash, in that order
 * </pre>
 *
 * where {@code <n>} is the value's length in UTF-8 bytes (so no value can pass for another), {@code
 * sequence} is decimal, {@code id} the UUID in lower case, {@code recordedAt} the instant in
 * ISO-8601 UTC ({@link java.time.Instant#toString()}, microsecond precision at most), and request,
 * result and ruleSets the stored canonical JSON text. A record of any kind but a calculation has
 * one more line, {@code kind:<n>:<value>}, after {@code previousHash} (docs/adr/0027): a
 * calculation's text is as it always was, so no existing hash changes, and a record's kind cannot
 * be changed without its hash.
 */
public final class AuditHash {
  /** The previous hash of the first record: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  static final String FORMAT = "openras-audit-v1";

  private AuditHash() {}

  /**
   * The record's hash: SHA-256 of exactly the bytes of {@link #canonical}, fed to the digest field
   * by field, each value encoded as UTF-8 once (its length is that encoding's length), rather than
   * building the whole text as a string and encoding it again: the request and result are most of a
   * record (about 16 kB), and this runs for every answer and every record verified
   * (docs/adr/0026-service-overhead.md). {@code AuditHashTest} holds it to {@code
   * sha256(canonical(e))}.
   */
  public static String of(AuditEntry e) {
    MessageDigest digest = newSha256();
    digest.update(HEADER);
    field(digest, "sequence", Long.toString(e.sequence()));
    field(digest, "id", e.id().toString());
    field(digest, "recordedAt", e.recordedAt().toString());
    field(digest, "actor", e.actor());
    field(digest, "role", e.role());
    field(digest, "personRef", e.personRef());
    field(digest, "request", e.request());
    field(digest, "result", e.result());
    field(digest, "ruleSets", e.ruleSets());
    field(digest, "engineVersion", e.engineVersion());
    field(digest, "previousHash", e.previousHash());
    if (!e.isCalculation()) {
      field(digest, "kind", e.kind());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static final byte[] HEADER = (FORMAT + "\n").getBytes(StandardCharsets.UTF_8);

  /** One line {@code name:length:value\n} into the digest, the value encoded once. */
  private static void field(MessageDigest digest, String name, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update((name + ':' + bytes.length + ':').getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
    digest.update((byte) '\n');
  }

  static String canonical(AuditEntry e) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    field(text, "sequence", Long.toString(e.sequence()));
    field(text, "id", e.id().toString());
    field(text, "recordedAt", e.recordedAt().toString());
    field(text, "actor", e.actor());
    field(text, "role", e.role());
    field(text, "personRef", e.personRef());
    field(text, "request", e.request());
    field(text, "result", e.result());
    field(text, "ruleSets", e.ruleSets());
    field(text, "engineVersion", e.engineVersion());
    field(text, "previousHash", e.previousHash());
    if (!e.isCalculation()) {
      field(text, "kind", e.kind());
    }
    return text.toString();
  }

  /**
   * Appends one line {@code name:length:value\n}, the length in UTF-8 bytes (so no value can pass
   * for another); the publication log's entry hash is written the same way.
   */
  public static void field(StringBuilder text, String name, String value) {
    int length = value.getBytes(StandardCharsets.UTF_8).length;
    text.append(name).append(':').append(length).append(':').append(value).append('\n');
  }

  /** SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
