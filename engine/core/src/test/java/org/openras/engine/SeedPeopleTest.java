package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;

/** Every seed person calculates, and the situations the seed README describes hold. */
class SeedPeopleTest {
  static final Path PEOPLE = Path.of("..", "..", "seeds", "people");

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(PEOPLE)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static CalculationResult calculate(String file) throws IOException {
    CalculationRequest request =
        Json.mapper().readValue(Files.readString(PEOPLE.resolve(file)), CalculationRequest.class);
    return TestRules.engine().calculate(request);
  }

  @Test
  void thereAreAtLeastTenSeedPeople() throws IOException {
    assertThat(seeds().count()).isGreaterThanOrEqualTo(10);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everySeedPersonCalculatesWithATrace(Path file) throws IOException {
    CalculationResult r = calculate(file.getFileName().toString());
    assertThat(r.ras()).isNotNull();
    assertThat(r.trace()).isNotEmpty();
    assertThat(r.ruleSets()).extracting("area").contains("ras");
  }

  @Test
  void theSituationsTheSeedsNameHold() throws IOException {
    assertThat(
            calculate("young-adult-learning-disability-supported-living.json").ras().panelReview())
        .isTrue();
    assertThat(calculate("visually-impaired-older-person-low-needs.json").ras().floorApplied())
        .isTrue();
    assertThat(calculate("person-no-eligible-needs-no-points.json").ras().totalPoints()).isZero();
    assertThat(calculate("older-person-two-carers-night-care.json").ras().panelReview()).isFalse();
    assertThat(calculate("assessment-in-2024-before-recalibration.json").ruleSets())
        .extracting("version")
        .isEqualTo(List.of("2024-04-01"));
  }
}
