package org.openras.service.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openras.engine.json.Json;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces Boot's JSON mapper with the engine's (Boot's backs off when one is defined), so requests
 * and results read and write exactly as the engine's own files do. Two additions for HTTP: problem
 * details write their extra properties at the top level (RFC 9457), and a fractional number is
 * refused where a whole one is expected, rather than silently truncated (an answer level of 2.5 is
 * an error, not a 2), and a body naming the same field twice is refused rather than read as its
 * last value (an ambiguous request must not be guessed at, nor recorded as one reading of it).
 * Answers leave out members with no value (never {@code null}: docs/adr/0023).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

  @Bean
  JsonMapper jsonMapper() {
    return Json.mapper()
        .rebuild()
        .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // One rule for nulls in every answer (docs/adr/0023): a member with no value is left out.
        .changeDefaultPropertyInclusion(
            i ->
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }
}
