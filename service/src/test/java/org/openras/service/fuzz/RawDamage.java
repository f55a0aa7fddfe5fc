package org.openras.service.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Damage below the level of fields: bodies that are not one JSON object (truncated, trailing
 * garbage, empty, deeply nested, random bytes, invalid UTF-8), duplicate keys, bodies over the 256
 * KiB limit, and good bodies sent under the wrong Content-Type.
 */
final class RawDamage {
  static final int LIMIT = 256 * 1024;
  static final List<String> TRAILING =
      List.of("x", "}", "{}", "[]", "\u0000", ",", "{\"a\":1}", "0");
  static final List<String> NOT_AN_OBJECT =
      List.of("", " ", "\n", "null", "[]", "42", "\"text\"", "true", "{", "}", "{\"\"}", "{,}");
  static final List<String> CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "text/html",
          "application/octet-stream",
          "application/x-www-form-urlencoded",
          "image/png",
          "multipart/form-data; boundary=x",
          "application/jsonx",
          "not a media type");
  static final List<byte[]> BAD_UTF8 =
      List.of(
          new byte[] {(byte) 0xFF},
          new byte[] {(byte) 0xC3, 0x28},
          new byte[] {(byte) 0xC0, (byte) 0xAF},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xE2, (byte) 0x82});

  private RawDamage() {}

  static Gen<Attempt> truncated() {
    return SeedTrees.texts()
        .zip(
            Generate.range(0, 10_000),
            (text, cut) -> {
              int end = cut % text.lastIndexOf('}');
              return Attempt.json("cut after " + end + " characters", text.substring(0, end));
            });
  }

  static Gen<Attempt> trailingGarbage() {
    return SeedTrees.texts()
        .zip(
            Generate.pick(TRAILING),
            (text, tail) -> Attempt.json("followed by garbage", text + tail));
  }

  static Gen<Attempt> notAnObject() {
    return Generate.pick(NOT_AN_OBJECT).map(body -> Attempt.json("not one JSON object", body));
  }

  /** The same key twice, the second value valid: an ambiguous request must not be guessed at. */
  static Gen<Attempt> duplicateKeys() {
    return SeedTrees.texts()
        .zip(
            Generate.pick(
                List.of("\"personRef\": \"OTHER-1\"", "\"assessmentDate\": \"2025-06-03\"")),
            (text, first) ->
                Attempt.json(
                    "duplicate key", "{" + first + "," + text.substring(text.indexOf('{') + 1)));
  }

  static Gen<Attempt> deepNesting() {
    return Generate.range(1_001, 20_000)
        .mix(Generate.constant(10_000))
        .zip(
            Generate.range(0, 2),
            (depth, where) -> {
              String nest = "[".repeat(depth) + "]".repeat(depth);
              String body =
                  switch (where) {
                    case 0 -> nest;
                    case 1 -> "{\"personRef\": " + nest + "}";
                    default -> "{\"needs\": {\"personal-care\": " + nest + "}}";
                  };
              return Attempt.json("arrays nested " + depth + " deep (place " + where + ")", body);
            });
  }

  static Gen<Attempt> overTheLimit() {
    return Generate.range(LIMIT + 1, 6 * LIMIT)
        .zip(
            Generate.range(0, 2),
            (size, how) -> {
              String body =
                  switch (how) {
                    case 0 -> "{\"personRef\": \"" + "a".repeat(size) + "\"}";
                    case 1 -> "{\"needs\": {\"personal-care\": " + "9".repeat(size) + "}}";
                    default -> " ".repeat(size) + SeedTrees.TEXTS.get(0);
                  };
              return Attempt.json("over the limit, " + size + " padding (kind " + how + ")", body);
            });
  }

  static Gen<Attempt> wrongContentType() {
    return SeedTrees.texts()
        .zip(
            Generate.pick(CONTENT_TYPES).toOptionals(85),
            (text, type) ->
                new Attempt(
                    "a good body under the wrong Content-Type",
                    text.getBytes(StandardCharsets.UTF_8),
                    type.orElse(null)));
  }

  /** Bytes that are not UTF-8 inside the person reference. */
  static Gen<Attempt> invalidUtf8() {
    return SeedTrees.texts()
        .zip(
            Generate.pick(BAD_UTF8),
            (text, bad) -> {
              int at = text.indexOf('"', text.indexOf("\"personRef\"") + 11) + 1;
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
              out.writeBytes(bad);
              out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
              return new Attempt("invalid UTF-8 in personRef", out.toByteArray(), Attempt.JSON);
            });
  }

  static Gen<Attempt> randomBytes() {
    return Generate.byteArrays(
            Generate.range(1, 2_000), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
        .map(bytes -> new Attempt("random bytes", bytes, Attempt.JSON));
  }
}
