package org.openras.engine.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * The engine's JSON: requests and results as the HTTP contract writes them (dates ISO, money as
 * strings of pounds). Strict on input: an unknown field is an error, so a typo never drops data,
 * and a decimal number is bounded in digits ({@link BoundedDecimals}). Results serialise in a
 * stable order, so the same result is always the same text.
 */
public final class Json {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .addModule(
              new SimpleModule("bounded-decimals")
                  .addDeserializer(BigDecimal.class, new BoundedDecimals.Deserializer()))
          .build();

  /** The same, writing no null members: requests as a person would write them (caseloads). */
  private static final JsonMapper COMPACT =
      MAPPER
          .rebuild()
          .changeDefaultPropertyInclusion(
              i ->
                  JsonInclude.Value.construct(
                      JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private Json() {}

  public static JsonMapper compact() {
    return COMPACT;
  }

  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Deep merge, as a version's cases are read (a file's {@code defaults}, then a case's {@code
   * request}): objects merge key by key; anything else replaces.
   */
  public static void merge(ObjectNode target, JsonNode source) {
    for (var e : source.properties()) {
      JsonNode existing = target.get(e.getKey());
      if (existing instanceof ObjectNode o && e.getValue().isObject()) {
        merge(o, e.getValue());
      } else {
        target.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }
}
