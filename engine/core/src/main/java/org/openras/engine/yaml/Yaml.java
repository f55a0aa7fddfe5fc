package org.openras.engine.yaml;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The one YAML reader for rule-set files: strict, so a misspelt key is an error, not a default. */
public final class Yaml {
  private static final ObjectMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private Yaml() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
