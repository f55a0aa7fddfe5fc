package org.openras.engine.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.EligibilityRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.result.CalculationResult;

/**
 * The FACS rules decide the RAS footing too (FACS-090 to 092). No shipped RAS version is in force
 * under FACS, so this store holds the shipped FACS version and a copy of the 2024 RAS dated back to
 * 2010 (its figures keyed from 2010 instead of 2024).
 */
class FacsRasBasisTest {
  @TempDir static Path dir;
  static OpenRasEngine engine;

  @BeforeAll
  static void store() throws IOException {
    FacsThresholdTest.copy(
        TestRules.DIR.resolve("eligibility/2003-04-01"),
        dir.resolve("eligibility/2003-04-01"),
        "SUBSTANTIAL",
        "SUBSTANTIAL");
    Path ras = dir.resolve("ras/2024-04-01");
    Files.createDirectories(ras);
    try (Stream<Path> files = Files.list(TestRules.DIR.resolve("ras/2024-04-01"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text =
            Files.readString(f)
                .replace("effectiveFrom: 2024-04-01", "effectiveFrom: 2010-04-01")
                .replace("    2024-04-01:", "    2010-04-01:");
        Files.writeString(ras.resolve(f.getFileName().toString()), text);
      }
    }
    engine = OpenRasEngine.load(new DirectoryRuleStore(dir));
  }

  static CalculationRequest withNeeds(Boolean rasWhenNotEligible, String... riskFactors) {
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (String d :
        List.of(
            "personal-care",
            "eating-and-drinking",
            "physical-and-mental-wellbeing",
            "relationships",
            "community-work-and-learning",
            "making-decisions",
            "staying-safe",
            "communication",
            "home-and-daily-living",
            "family-carer-support")) {
      needs.put(d, d.equals("personal-care") ? 3 : 0);
    }
    return new CalculationRequest(
        "FACS-RAS-1",
        LocalDate.of(2012, 6, 1),
        new PersonDetails(null, PrimarySupportReason.LEARNING_DISABILITY),
        needs,
        null,
        null,
        null,
        null,
        null,
        new EligibilityRequest(null, null, null, null, List.of(riskFactors), rasWhenNotEligible),
        null);
  }

  @Test
  void facs090_anEligibleBandGivesTheFigureMarkedEligible() {
    CalculationResult r = engine.calculate(withNeeds(null, "LIFE_THREATENED"));
    assertThat(r.ras().basis()).isEqualTo(RasResult.ELIGIBLE);
    assertThat(r.ras().weeklyBudget().toString()).isEqualTo("100.80");
    assertThat(r.ruleSets()).extracting("area").containsExactly("eligibility", "ras");
  }

  @Test
  void facs091_aBandBelowTheThresholdGivesTheFigureOnlyOnRequestFlagged() {
    CalculationResult r = engine.calculate(withNeeds(true, "SEVERAL_SOCIAL_SUPPORT_SYSTEMS"));
    assertThat(r.ras().basis()).isEqualTo(RasResult.NOT_ELIGIBLE_SHOWN_ON_REQUEST);
  }

  @Test
  void facs092_aBandBelowTheThresholdWithoutTheRequestGivesNoFigureAndSaysWhy() {
    CalculationResult r = engine.calculate(withNeeds(false, "SEVERAL_SOCIAL_SUPPORT_SYSTEMS"));
    assertThat(r.ras()).isNull();
    assertThat(r.eligibility().rasBasis()).isEqualTo(RasBasis.NO_FIGURE);
    assertThat(r.eligibility().rasNote()).contains("none is given");
    assertThat(r.ruleSets()).extracting("area").containsExactly("eligibility");
    assertThat(r.trace()).extracting("ruleId").contains("FACS-092").doesNotContain("RAS-010");
  }
}
