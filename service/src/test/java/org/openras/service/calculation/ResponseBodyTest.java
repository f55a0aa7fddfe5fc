package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.service.Seeds;

/**
 * The answer Jackson writes from the audited result text ({@link AuditedResponse}) is byte for byte
 * what it writes for {@link CalculationResponse}, on every seed person (with eligibility, finances
 * and councils where they have them).
 */
class ResponseBodyTest {
  private static final OpenRasEngine ENGINE = OpenRasEngine.load(new ClasspathRuleStore());

  static java.util.List<Path> seeds() {
    return Seeds.people();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theBodyIsWhatJacksonWritesForTheResponse(Path seed) {
    CalculationRequest request =
        Json.mapper().readValue(Seeds.read(seed), CalculationRequest.class);
    CalculationResult result = ENGINE.calculate(request);
    UUID id = UUID.randomUUID();
    var answer = new AuditedResponse(id, Json.mapper().writeValueAsString(result));
    String expected = Json.compact().writeValueAsString(new CalculationResponse(id, result));
    assertThat(Json.mapper().writeValueAsString(answer)).isEqualTo(expected);
  }
}
