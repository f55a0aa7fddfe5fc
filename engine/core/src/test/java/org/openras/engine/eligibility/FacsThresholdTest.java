package org.openras.engine.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openras.engine.eligibility.EligibilityRequests.FACS_DAY;
import static org.openras.engine.eligibility.EligibilityRequests.facs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.request.EligibilityRequest;
import org.openras.engine.result.CalculationResult;

/**
 * FACS bands under every threshold a council could choose. The threshold is a council option in
 * parameters.yaml, so each threshold gets a copy of the shipped 2003-04-01 version with that value.
 */
class FacsThresholdTest {
  static final List<String> BANDS = List.of("CRITICAL", "SUBSTANTIAL", "MODERATE", "LOW");
  static final String NONE = "NONE";
  static final Map<String, String> A_FACTOR_IN =
      Map.of(
          "CRITICAL", "LIFE_THREATENED",
          "SUBSTANTIAL", "ABUSE_OR_NEGLECT",
          "MODERATE", "SEVERAL_SOCIAL_SUPPORT_SYSTEMS",
          "LOW", "ONE_OR_TWO_WORK_EDUCATION_OR_LEARNING");
  static final Path FACS = TestRules.DIR.resolve("eligibility/2003-04-01");

  @TempDir static Path dir;
  static final Map<String, OpenRasEngine> ENGINES = new HashMap<>();

  @BeforeAll
  static void copyTheVersionOnceForEachThreshold() throws IOException {
    for (String threshold : BANDS) {
      Path store = dir.resolve(threshold);
      copy(FACS, store.resolve("eligibility/2003-04-01"), "SUBSTANTIAL", threshold);
      ENGINES.put(threshold, OpenRasEngine.load(new DirectoryRuleStore(store)));
    }
  }

  /** Copies a version folder without its cases, replacing {@code from} by {@code to}. */
  static void copy(Path from, Path to, String find, String replace) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f);
        if (f.getFileName().toString().equals("parameters.yaml")) {
          text = text.replace("value: " + find, "value: " + replace);
        }
        Files.writeString(to.resolve(f.getFileName().toString()), text);
      }
    }
  }

  static Stream<Arguments> everyBandUnderEveryThreshold() {
    List<Arguments> out = new ArrayList<>();
    for (String threshold : BANDS) {
      for (String band : BANDS) {
        out.add(Arguments.of(threshold, band));
      }
      out.add(Arguments.of(threshold, NONE));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "threshold {0}, band {1}")
  @MethodSource("everyBandUnderEveryThreshold")
  void eligibleExactlyWhenTheBandIsAtOrAboveTheThreshold(String threshold, String band) {
    var request = band.equals(NONE) ? facs(FACS_DAY) : facs(FACS_DAY, A_FACTOR_IN.get(band));
    CalculationResult r = ENGINES.get(threshold).calculate(request);
    boolean atOrAbove = !band.equals(NONE) && BANDS.indexOf(band) <= BANDS.indexOf(threshold);
    var adult = r.eligibility().adult();
    assertThat(adult.eligible()).isEqualTo(atOrAbove);
    assertThat(adult.facs().band()).isEqualTo(band.equals(NONE) ? null : band);
    assertThat(adult.facs().threshold()).isEqualTo(threshold);
    assertThat(r.parameters())
        .anySatisfy(
            p -> {
              assertThat(p.name()).isEqualTo("threshold");
              assertThat(p.value()).isEqualTo(threshold);
            });
  }

  @Test
  void theShippedThresholdIsSubstantialMarkedIllustrative() {
    CalculationResult r = TestRules.engine().calculate(facs(FACS_DAY, "ABUSE_OR_NEGLECT"));
    assertThat(r.eligibility().adult().facs().threshold()).isEqualTo("SUBSTANTIAL");
    assertThat(r.parameters()).anySatisfy(p -> assertThat(p.marker()).isEqualTo("I"));
  }

  @Test
  void aThresholdThatIsNotABandIsAFaultOfTheRuleSetNamingTheFile() throws IOException {
    Path store = dir.resolve("bad");
    copy(FACS, store.resolve("eligibility/2003-04-01"), "SUBSTANTIAL", "HIGH");
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(store));
    assertThatThrownBy(() -> engine.calculate(facs(FACS_DAY, "LIFE_THREATENED")))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("parameters.yaml")
        .hasMessageContaining("HIGH");
  }

  @Test
  void theLastDayOfFacsAndTheFirstDayOfTheCareActAreSelectedByDate() {
    var lastFacsDay =
        TestRules.engine().calculate(facs(java.time.LocalDate.of(2015, 3, 31), "LIFE_THREATENED"));
    assertThat(lastFacsDay.eligibility().framework()).isEqualTo(Criteria.FACS);
    assertThat(lastFacsDay.ruleSets()).extracting("version").containsExactly("2003-04-01");
    var firstCareActDay =
        TestRules.engine()
            .calculate(
                EligibilityRequests.request(
                    java.time.LocalDate.of(2015, 4, 1),
                    new EligibilityRequest(true, Map.of(), true, null, null, null)));
    assertThat(firstCareActDay.eligibility().framework()).isEqualTo(Criteria.CARE_ACT);
    // 2015-04-01-staged restates 2015-04-01 in named stages and supersedes it for all its days
    // (docs/adr/0016), so it is the version selected from the Care Act's first day.
    assertThat(firstCareActDay.ruleSets())
        .extracting("version")
        .containsExactly("2015-04-01-staged");
  }
}
