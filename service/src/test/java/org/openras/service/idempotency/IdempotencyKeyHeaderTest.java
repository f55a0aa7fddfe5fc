package org.openras.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The header's rule: one value of 1-255 printable ASCII characters; and the fingerprint's. */
class IdempotencyKeyHeaderTest {
  @Test
  void oneValueOfPrintableAsciiUpTo255CharactersIsAKey() {
    assertThat(IdempotencyKeyHeader.problem(List.of("8e03978e-40d5-43e8-bc93-6894a57f9324")))
        .isNull();
    assertThat(IdempotencyKeyHeader.problem(List.of("\"quoted as the draft writes it\""))).isNull();
    assertThat(IdempotencyKeyHeader.problem(List.of("~".repeat(255)))).isNull();
  }

  @Test
  void anythingElseIsRefusedWithTheReason() {
    assertThat(IdempotencyKeyHeader.problem(List.of(""))).contains("empty");
    assertThat(IdempotencyKeyHeader.problem(List.of("x".repeat(256)))).contains("256");
    assertThat(IdempotencyKeyHeader.problem(List.of("a", "b"))).contains("once");
    assertThat(IdempotencyKeyHeader.problem(List.of("tab\there"))).contains("position 4");
    assertThat(IdempotencyKeyHeader.problem(List.of("café"))).contains("position 4");
    assertThat(IdempotencyKeyHeader.problem(List.of("del\u007f"))).contains("position 4");
  }

  @Test
  void theFingerprintIsOfMethodPathParametersAndCanonicalBody() {
    byte[] one = "{\"b\": 1, \"a\": {\"y\": 2.50, \"x\": [1, 2]}}".getBytes();
    byte[] same = "{\"a\":{\"x\":[1,2],\"y\":2.5},\"b\":1}".getBytes();
    byte[] other = "{\"a\":{\"x\":[2,1],\"y\":2.5},\"b\":1}".getBytes();
    String p = "/api/v1/calculations";
    assertThat(Fingerprint.of("POST", p, null, one)).isEqualTo(Fingerprint.of("POST", p, "", same));
    assertThat(Fingerprint.of("POST", p, null, one))
        .isNotEqualTo(Fingerprint.of("POST", p, null, other));
    assertThat(Fingerprint.of("POST", p, null, one))
        .isNotEqualTo(Fingerprint.of("POST", "/api/v1/scenarios", null, one));
    assertThat(Fingerprint.of("POST", p, "b=2&a=1", one))
        .isEqualTo(Fingerprint.of("POST", p, "a=1&b=2", one))
        .isNotEqualTo(Fingerprint.of("POST", p, "a=1", one));
    // Not JSON: its bytes.
    assertThat(Fingerprint.of("POST", p, null, "a b".getBytes()))
        .isNotEqualTo(Fingerprint.of("POST", p, null, "a  b".getBytes()))
        .hasSize(64);
  }
}
