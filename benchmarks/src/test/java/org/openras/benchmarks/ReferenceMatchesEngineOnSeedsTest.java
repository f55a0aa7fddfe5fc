package org.openras.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.benchmarks.reference.PlainResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.seeds.SeedPeople;

/** On every seed person the benchmark times, the reference gives exactly the engine's figures. */
class ReferenceMatchesEngineOnSeedsTest {

  static Stream<String> seeds() {
    List<String> names = SeedPeople.names();
    assertThat(names).hasSizeGreaterThanOrEqualTo(10);
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theReferenceGivesTheEnginesFigures(String seed) {
    CalculationRequest request = SeedRequests.parse(seed);
    CalculationResult engine = Both.ENGINE.calculate(request);
    PlainResult plain = Both.REFERENCE.calculate(request);
    assertThat(SameFigures.differences(engine, plain)).isEmpty();
    assertThat(plain.annualPence())
        .isEqualTo(engine.ras().annualBudget().amount().movePointRight(2).longValueExact());
  }
}
