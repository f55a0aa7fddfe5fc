package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.audit.AuditTrailContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link NullMembers}: the audited text less its null members, byte for byte as Jackson writes it.
 */
class NullMembersTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Test
  void leavesOutNullMembersFirstLastOnlyAndNested() {
    assertThat(NullMembers.strip("{\"a\":null,\"b\":1}")).isEqualTo("{\"b\":1}");
    assertThat(NullMembers.strip("{\"a\":1,\"b\":null}")).isEqualTo("{\"a\":1}");
    assertThat(NullMembers.strip("{\"a\":null}")).isEqualTo("{}");
    assertThat(NullMembers.strip("{\"a\":{\"b\":null,\"c\":[null,{\"d\":null}]}}"))
        .isEqualTo("{\"a\":{\"c\":[null,{}]}}");
    assertThat(NullMembers.membersOf("{\"x\":null,\"y\":\"null\"}")).isEqualTo("\"y\":\"null\"");
    assertThat(NullMembers.membersOf("{}")).isEmpty();
  }

  @Test
  void stringsThatLookLikeJsonAreCopiedAsWritten() {
    String text = "{\"a\\\"b\":\"x\\\",\\\"c\\\":null}\",\"n\":\"\\u00a3 \\\\\",\"m\":null}";
    assertThat(NullMembers.strip(text))
        .isEqualTo("{\"a\\\"b\":\"x\\\",\\\"c\\\":null}\",\"n\":\"\\u00a3 \\\\\"}");
  }

  @Test
  void textNotWrittenCompactlyIsRefused() {
    assertThatThrownBy(() -> NullMembers.strip("{\"a\": 1}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NullMembers.strip("{\"a\":1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NullMembers.membersOf("[1]"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** On 2,000 random trees, the same text as reading, dropping nulls and writing with Jackson. */
  @Test
  void agreesWithJacksonOnRandomTrees() {
    Random random = new Random(20261202);
    for (int n = 0; n < 2_000; n++) {
      JsonNode tree = tree(random, 0);
      String text = Json.mapper().writeValueAsString(tree);
      String expected = Json.mapper().writeValueAsString(AuditTrailContract.withoutNulls(tree));
      assertThat(NullMembers.strip(text)).as(text).isEqualTo(expected);
    }
  }

  private static JsonNode tree(Random r, int depth) {
    int kind = depth > 4 ? 2 + r.nextInt(5) : r.nextInt(7);
    switch (kind) {
      case 0 -> {
        ObjectNode o = F.objectNode();
        for (int k = r.nextInt(5); k > 0; k--) {
          o.set(text(r) + k, tree(r, depth + 1));
        }
        return o;
      }
      case 1 -> {
        ArrayNode a = F.arrayNode();
        for (int k = r.nextInt(4); k > 0; k--) {
          a.add(tree(r, depth + 1));
        }
        return a;
      }
      case 2 -> {
        return F.nullNode();
      }
      case 3 -> {
        return F.textNode(text(r));
      }
      case 4 -> {
        return F.numberNode(new java.math.BigDecimal(r.nextInt(100000)).movePointLeft(2));
      }
      case 5 -> {
        return F.booleanNode(r.nextBoolean());
      }
      default -> {
        return F.numberNode(r.nextInt());
      }
    }
  }

  private static String text(Random r) {
    String[] parts = {"a", "null", "\"", "\\", ",", "}", "]", ":", "£", "’", "\n", "é", "x y"};
    StringBuilder s = new StringBuilder();
    for (int k = r.nextInt(4); k >= 0; k--) {
      s.append(parts[r.nextInt(parts.length)]);
    }
    return s.toString();
  }
}
