package org.openras.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.benchmarks.reference.WholeResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;

/**
 * On every seed person's whole request (eligibility, needs, finances, council), the plain-Java
 * whole calculation gives exactly the engine's figures.
 */
class WholeReferenceMatchesEngineOnSeedsTest {

  @ParameterizedTest
  @MethodSource("org.openras.benchmarks.ReferenceMatchesEngineOnSeedsTest#seeds")
  void theReferenceGivesTheEnginesFigures(String seed) {
    CalculationRequest request = SeedRequests.whole(seed);
    CalculationResult engine = Both.ENGINE.calculate(request);
    WholeResult plain = Both.WHOLE.calculate(request);
    assertThat(WholeFigures.differences(engine, plain)).isEmpty();
    assertThat(plain.ras() != null).isEqualTo(engine.ras() != null);
  }
}
