package org.openras.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.benchmarks.reference.WholeResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.seeds.SeedPeople;

/**
 * On every seed person's whole request (eligibility, needs, finances, council), the plain-Java
 * whole calculation gives exactly the engine's figures.
 */
class WholeReferenceMatchesEngineOnSeedsTest {

  static Stream<String> seeds() {
    List<String> names = SeedPeople.names();
    assertThat(names).hasSizeGreaterThanOrEqualTo(10);
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theReferenceGivesTheEnginesFigures(String seed) {
    CalculationRequest request = SeedRequests.whole(seed);
    CalculationResult engine = Both.ENGINE.calculate(request);
    WholeResult plain = Both.WHOLE.calculate(request);
    assertThat(WholeFigures.differences(engine, plain)).isEmpty();
    assertThat(plain.ras() != null).isEqualTo(engine.ras() != null);
  }
}
