package org.openras.service.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request's fingerprint: the SHA-256 (hex) of its method, path, parameters (sorted) and canonical
 * body. A JSON body is canonical when its members are sorted by name at every level, without
 * spaces, numbers read exactly (so {@code {"b":1, "a":2.50}} and {@code {"a":2.5,"b":1}} are one
 * request); a body that is not JSON counts as its bytes.
 */
final class Fingerprint {
  private static final JsonMapper CANONICAL =
      JsonMapper.builder()
          .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private Fingerprint() {}

  static String of(String method, String path, String query, byte[] body) {
    MessageDigest sha = sha256();
    sha.update((method + "\n" + path + "\n" + sortedQuery(query) + "\n").getBytes(UTF_8));
    sha.update(canonical(body));
    return HexFormat.of().formatHex(sha.digest());
  }

  static byte[] canonical(byte[] body) {
    if (body.length == 0) {
      return body;
    }
    try {
      JsonNode tree = CANONICAL.readTree(body);
      return tree == null || tree.isMissingNode() ? body : CANONICAL.writeValueAsBytes(tree);
    } catch (JacksonException notJson) {
      return body;
    }
  }

  private static String sortedQuery(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    String[] pairs = query.split("&");
    Arrays.sort(pairs);
    return String.join("&", pairs);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
