package org.openras.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.benchmarks.design.RasDesign;
import org.openras.benchmarks.design.SameExplanation;
import org.openras.engine.area.AreaOutcome;
import org.openras.engine.ras.RasArea;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.seeds.SeedPeople;

/**
 * The RAS designs without intermediate facts (docs/adr/0033) give exactly the engine's RAS of
 * {@code ras/2025-04-01}: the whole result, every line of the explanation (rule, sentence, source,
 * what it read and produced) and every parameter read, on every seed person and on generated
 * people; without the explanation they give the same result and keep no reasons.
 */
class DesignMatchesEngineTest {
  private static final int EXAMPLES = 2000;
  private static final RasDesign ONE = RasDesign.load(Both.ENGINE, RasDesign.Rules.ONE_FIRING);
  private static final RasDesign TWO = RasDesign.load(Both.ENGINE, RasDesign.Rules.TWO_FIRINGS);

  static Stream<String> seeds() {
    List<String> names = SeedPeople.names();
    assertThat(names).hasSizeGreaterThanOrEqualTo(10);
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theDesignsGiveTheEnginesResultAndExplanation(String seed) {
    CalculationRequest request = ONE.pinned(SeedRequests.parse(seed));
    same(request);
    AreaOutcome<RasResult> engine = ONE.engine(request);
    assertThat(engine.reasons()).hasSize(25);
    // The area run is the calculation's RAS: the same lines as the whole engine gives for it.
    assertThat(
            Both.ENGINE.calculate(request).trace().stream()
                .filter(r -> r.getArea().equals(RasArea.AREA))
                .map(Object::toString))
        .containsExactlyElementsOf(engine.reasons().stream().map(Object::toString).toList());
  }

  @Test
  void theDesignsGiveTheEnginesResultAndExplanationForGeneratedPeople() {
    var version = Both.ENGINE.catalogue().find(RasArea.AREA, RasDesign.VERSION).orElseThrow();
    Set<String> reached = new HashSet<>();
    qt().withExamples(EXAMPLES)
        .forAll(GeneratedPeople.peopleIn(version))
        .checkAssert(
            generated -> {
              CalculationRequest request = ONE.pinned(generated);
              RasResult ras = same(request);
              reached.add(ras.totalPoints() == 0 ? "no points" : "some points");
              reached.add(ras.floorApplied() ? "floor applied" : "floor not applied");
              reached.add(ras.panelReview() ? "panel" : "no panel");
              ras.domains()
                  .forEach(
                      d ->
                          reached.add(
                              d.informalSupportShare().signum() == 0
                                  ? "no support"
                                  : d.pointsAfterDeflation() < d.points()
                                      ? "reduced"
                                      : "support, not reduced"));
            });
    assertThat(reached)
        .contains(
            "no points",
            "some points",
            "floor applied",
            "floor not applied",
            "panel",
            "no panel",
            "no support",
            "reduced",
            "support, not reduced");
  }

  @Test
  void aDifferenceInTheExplanationIsNoticed() {
    CalculationRequest request = ONE.pinned(SeedRequests.parse(SeedPeople.names().get(0)));
    AreaOutcome<RasResult> engine = ONE.engine(request);
    AreaOutcome<RasResult> quiet = ONE.design(request, false);
    assertThat(SameExplanation.differences(engine, quiet))
        .anyMatch(d -> d.startsWith("explanation:"))
        .anyMatch(d -> d.startsWith("parameters read:"))
        .noneMatch(d -> d.startsWith("result:"));
  }

  private static RasResult same(CalculationRequest request) {
    AreaOutcome<RasResult> engine = ONE.engine(request);
    for (RasDesign design : List.of(ONE, TWO)) {
      assertThat(SameExplanation.differences(engine, design.design(request, true)))
          .as(request.toString())
          .isEmpty();
      AreaOutcome<RasResult> quiet = design.design(request, false);
      assertThat(quiet.result()).as(request.toString()).isEqualTo(engine.result());
      assertThat(quiet.reasons()).isEmpty();
      assertThat(quiet.parameters()).isEmpty();
    }
    return engine.result();
  }
}
