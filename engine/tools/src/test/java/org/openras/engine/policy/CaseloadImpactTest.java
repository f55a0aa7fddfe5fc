package org.openras.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.scenario.ScenarioCsv;
import org.openras.engine.scenario.ScenarioReport.BandRow;

class CaseloadImpactTest {
  @TempDir Path dir;

  private static final List<String> DOMAINS =
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
          "family-carer-support");

  /** Every domain answered: the given levels, 0 elsewhere. */
  private static String line(String ref, PrimarySupportReason psr, Map<String, Integer> given) {
    Map<String, Integer> needs = new java.util.LinkedHashMap<>();
    DOMAINS.forEach(d -> needs.put(d, given.getOrDefault(d, 0)));
    CalculationRequest r =
        new CalculationRequest(
            ref,
            LocalDate.of(2024, 6, 1),
            new PersonDetails(LocalDate.of(1970, 1, 1), psr),
            needs,
            Map.of(),
            Map.of());
    return CaseloadLines.write(new CaseloadEntry(r, null));
  }

  @Test
  void theRecalibrationRaisesTwoBudgetsAndLeavesAPersonWithoutPointsAlone() throws IOException {
    Path caseload = dir.resolve("caseload.jsonl");
    Files.write(
        caseload,
        List.of(
            // 4 points: £7.20 → £7.50 a point, £28.80 → £30.00 (+4.2%)
            line("P-1", PrimarySupportReason.LEARNING_DISABILITY, Map.of("personal-care", 1)),
            // 4 points at £4.80 → £5.00 stay under the floor, £25.00 → £26.00 (+4.0%)
            line("P-2", PrimarySupportReason.MENTAL_HEALTH, Map.of("personal-care", 1)),
            // no points, no budget under either version
            line("P-3", PrimarySupportReason.MENTAL_HEALTH, Map.of("personal-care", 0))));
    OpenRasEngine engine = TestRules.engine();
    var catalogue = engine.catalogue();
    CaseloadImpact impact =
        CaseloadImpact.run(
            engine,
            catalogue.find("ras", "2024-04-01").orElseThrow(),
            catalogue.find("ras", "2025-04-01").orElseThrow(),
            caseload,
            ScenarioCsv.none());
    assertThat(impact.report().caseload().calculated()).isEqualTo(3);
    assertThat(impact.changed()).isEqualTo(2);
    assertThat(impact.report().bands())
        .extracting(BandRow::band, BandRow::people)
        .contains(
            org.assertj.core.groups.Tuple.tuple("GAIN_UP_TO_5", 2L),
            org.assertj.core.groups.Tuple.tuple("NO_CHANGE", 1L));
    assertThat(impact.report().totals().weeklyNetChange()).isEqualTo("2.20");
    assertThat(impact.report().baseline().date()).isEqualTo("2025-03-31");
    assertThat(impact.report().candidate().date()).isEqualTo("2025-04-01");
    assertThat(impact.text())
        .contains("2 of 3 people change")
        .contains("weekly net council funding £53.80 → £56.00 (change £2.20 a week");
  }
}
