package org.openras.service.idempotency;

import java.util.List;

/**
 * The {@code Idempotency-Key} request header (IETF httpapi draft "The Idempotency-Key HTTP Header
 * Field"): one value of 1 to {@value #MAX_LENGTH} printable ASCII characters (space to tilde). The
 * whole field value is the key, so a key sent as the draft's quoted string ({@code "8e03978e"})
 * works too, quotes and all, as long as every retry sends it the same way.
 */
public final class IdempotencyKeyHeader {
  public static final String NAME = "Idempotency-Key";

  /** The answer header of a replayed answer. */
  public static final String REPLAYED = "Idempotent-Replayed";

  static final int MAX_LENGTH = 255;

  private IdempotencyKeyHeader() {}

  /** What is wrong with the values sent, or null when there is exactly one good key. */
  static String problem(List<String> values) {
    if (values.size() > 1) {
      return "must be sent once; it was sent " + values.size() + " times";
    }
    String key = values.get(0);
    if (key.isEmpty()) {
      return "must not be empty: send 1 to " + MAX_LENGTH + " printable ASCII characters";
    }
    if (key.length() > MAX_LENGTH) {
      return "is "
          + key.length()
          + " characters long; send 1 to "
          + MAX_LENGTH
          + " printable ASCII characters";
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return "holds a character that is not printable ASCII at position "
            + (i + 1)
            + ": send 1 to "
            + MAX_LENGTH
            + " printable ASCII characters (space to ~)";
      }
    }
    return null;
  }
}
