package org.openras.engine.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;

class ParameterSetTest {
  @TempDir Path dir;

  private Path copyRas2025() throws IOException {
    Path source = TestRules.DIR.resolve("ras/2025-04-01");
    Path target = dir.resolve("ras/2025-04-01");
    Files.createDirectories(target);
    for (String f :
        new String[] {"ruleset.yaml", "Ras.drl", "parameters.yaml", "questionnaire.yaml"}) {
      Files.copy(source.resolve(f), target.resolve(f));
    }
    return target;
  }

  @Test
  void eachParameterTakesTheValueInForceOnTheDate() throws IOException {
    Path v = copyRas2025();
    Path params = v.resolve("parameters.yaml");
    Files.writeString(
        params,
        Files.readString(params)
            .replace(
                "    2025-04-01: {value: \"26.00\", marker: I}",
                "    2025-04-01: {value: \"26.00\", marker: I}\n    2025-10-01: {value: \"27.50\", marker: I}"));
    RuleSetVersion version =
        OpenRasEngine.load(new DirectoryRuleStore(dir)).catalogue().versions("ras").get(0);
    ParameterSet set = ParameterSet.load(version);
    assertThat(set.read("floor", "", LocalDate.of(2025, 9, 30)).value()).isEqualTo("26.00");
    ParameterRead october = set.read("floor", "", LocalDate.of(2025, 10, 1));
    assertThat(october.value()).isEqualTo("27.50");
    assertThat(october.valueEffectiveFrom()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(october.marker()).isEqualTo("I");
    assertThat(october.unit()).isEqualTo("GBP");
    assertThat(october.period()).isEqualTo("week");
  }

  @Test
  void aFigureTheRuleSetDoesNotHoldFailsNamingItNeverGuessed() throws IOException {
    Path v = copyRas2025();
    Path params = v.resolve("parameters.yaml");
    Files.writeString(
        params,
        Files.readString(params)
            .replace("      MENTAL_HEALTH: {value: \"5.00\", marker: I}\n", ""));
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(dir));
    CalculationRequest request =
        new CalculationRequest(
            "P-2",
            LocalDate.of(2025, 6, 1),
            new PersonDetails(null, PrimarySupportReason.MENTAL_HEALTH),
            Map.of(
                "personal-care",
                1,
                "eating-and-drinking",
                0,
                "physical-and-mental-wellbeing",
                0,
                "relationships",
                0,
                "community-work-and-learning",
                0,
                "making-decisions",
                0,
                "staying-safe",
                0,
                "communication",
                0,
                "home-and-daily-living",
                0,
                "family-carer-support",
                0),
            null,
            null);
    assertThatThrownBy(() -> engine.calculate(request))
        .isInstanceOfSatisfying(
            MissingParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("pricePerPoint[MENTAL_HEALTH]");
              assertThat(e.area()).isEqualTo("ras");
              assertThat(e.version()).isEqualTo("2025-04-01");
            });
  }

  @Test
  void aParameterWithoutAUnitIsRefusedNamingFileAndParameter() throws IOException {
    Path v = copyRas2025();
    Path params = v.resolve("parameters.yaml");
    Files.writeString(params, Files.readString(params).replace("  unit: weeks\n", ""));
    RuleSetVersion version =
        OpenRasEngine.load(new DirectoryRuleStore(dir)).catalogue().versions("ras").get(0);
    assertThatThrownBy(() -> ParameterSet.load(version))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("ras/2025-04-01/parameters.yaml parameter 'weeksPerYear'")
        .hasMessageContaining("add 'unit'");
  }
}
