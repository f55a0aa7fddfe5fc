package org.openras.service.api;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The words for the schemas of one part of the contract: a description per schema and per property,
 * and the allowed values of properties the engine types as plain strings. Written as a chain
 * ({@code schema(..).field(..).field(..)}); {@link #apply} puts them into the document, adding how
 * money and dates are written. A test checks every schema and property named here still exists.
 */
final class SchemaWords {
  static final String MONEY = "Pounds with two decimals, as a string, e.g. \"164.42\".";
  static final String DATE = "A date, yyyy-MM-dd.";

  private final Map<String, String> schemas = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> properties = new LinkedHashMap<>();
  private final Map<String, Map<String, List<String>>> codes = new LinkedHashMap<>();
  private String current;

  /** Starts a schema: its description; the fields that follow are its properties. */
  SchemaWords schema(String name, String text) {
    schemas.put(name, text);
    properties.put(name, new LinkedHashMap<>());
    current = name;
    return this;
  }

  SchemaWords field(String property, String text) {
    properties.get(current).put(property, text);
    return this;
  }

  /** A string property with a closed list of values the engine defines: they become its enum. */
  SchemaWords codes(String property, List<String> values, String text) {
    codes.computeIfAbsent(current, k -> new LinkedHashMap<>()).put(property, values);
    return field(property, text);
  }

  /** Adds words several schemas share, written once as {@code part}. */
  SchemaWords with(UnaryOperator<SchemaWords> part) {
    return part.apply(this);
  }

  Map<String, String> schemas() {
    return Collections.unmodifiableMap(schemas);
  }

  Map<String, Map<String, String>> properties() {
    return Collections.unmodifiableMap(properties);
  }

  Map<String, Map<String, List<String>>> codes() {
    return Collections.unmodifiableMap(codes);
  }

  /** Describes the schemas found; one that is missing is left for the guard test to name. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  void apply(Map<String, Schema> components) {
    schemas.forEach(
        (name, text) -> {
          Schema<?> schema = components.get(name);
          if (schema == null) {
            return;
          }
          schema.setDescription(text);
          Map<String, Schema> props =
              schema.getProperties() == null ? Map.of() : schema.getProperties();
          properties
              .get(name)
              .forEach(
                  (prop, words) -> {
                    if (props.containsKey(prop)) {
                      props.get(prop).setDescription(full(props.get(prop), words));
                    }
                  });
          codes
              .getOrDefault(name, Map.of())
              .forEach(
                  (prop, values) -> {
                    if (props.containsKey(prop)) {
                      ((Schema) props.get(prop)).setEnum(new ArrayList<>(values));
                    }
                  });
        });
  }

  /** The words, followed by how the value is written when it is money or a date. */
  static String full(Schema<?> property, String words) {
    if (OpenApiConfiguration.MONEY_PATTERN.equals(property.getPattern())) {
      return words + " " + MONEY;
    }
    if ("date".equals(property.getFormat()) && !words.contains("yyyy-MM-dd")) {
      return words + " " + DATE;
    }
    return words;
  }
}
