package org.openras.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;

/**
 * The part-year effect of an in-year change, on either side of its date, with figures worked by
 * hand. FY 2025/26 is 2025-04-01 to 2026-03-31: 365 days, 183 before 1 October and 182 from it.
 *
 * <p>Person A (learning disability, personal care level 4 = 20 points, staying safe level 1 = 4
 * points): RAS 2025 budget 24 × £7.50 = £180.00. Under the October adjustments: client-group uplift
 * 3% = £5.40, staying-safe uplift 4 × £7.50 × 5% = £1.50, uplifted £186.90, × 0.990 = £185.031,
 * £185.03 half up.
 *
 * <p>Person B (mental health, personal care level 4 = 20 points): £100.00; no uplift for the group
 * or the domain, × 0.990 = £99.00.
 */
class PartYearTest {
  static final FinancialYear FY2025 = FinancialYear.of(2025);
  @TempDir Path dir;

  private static CalculationRequest person(String ref, PrimarySupportReason psr, int safe) {
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (String d : TestCaseloads.DOMAINS) {
      needs.put(d, d.equals("personal-care") ? 4 : d.equals("staying-safe") ? safe : 0);
    }
    return new CalculationRequest(
        ref, LocalDate.of(2025, 6, 1), new PersonDetails(null, psr), needs, null, Map.of());
  }

  private record Run(ScenarioReport report, List<String[]> people) {}

  /** Baseline: the rules of 2025-04-01 all year; candidate: apportioned over the periods. */
  private Run run(OpenRasEngine engine) throws IOException {
    Path caseload = dir.resolve("two.jsonl");
    try (Writer w = Files.newBufferedWriter(caseload, StandardCharsets.UTF_8)) {
      w.write(
          CaseloadLines.write(
                  new CaseloadEntry(person("A", PrimarySupportReason.LEARNING_DISABILITY, 1), null))
              + "\n");
      w.write(
          CaseloadLines.write(
                  new CaseloadEntry(person("B", PrimarySupportReason.MENTAL_HEALTH, 0), null))
              + "\n");
    }
    ScenarioSpec spec =
        new ScenarioSpec(
            "part year",
            ScenarioSide.inForceOn("all year on April's rules", FY2025.from()),
            new ScenarioSide("apportioned", null, Map.of(), null),
            null,
            0,
            FY2025);
    StringWriter people = new StringWriter();
    ScenarioReport report =
        new ScenarioRunner(engine, 1)
            .run(caseload, spec, new ScenarioCsv(people, null), ScenarioProgress.NONE);
    List<String[]> rows =
        Arrays.stream(people.toString().split("\n")).skip(1).map(l -> l.split(",", -1)).toList();
    return new Run(report, rows);
  }

  @Test
  void aChangeFromTheFirstDayCountsForTheWholeYear() throws IOException {
    Run run = run(ShiftedRules.adjustmentsFrom(dir.resolve("rules"), "2025-04-01", "2026-03-31"));
    // A: 18503p x 365 / 7 = 964,799.29p -> £9,647.99; B: 9900p x 365 / 7 = 516,214.29p ->
    // £5,162.14.
    assertThat(run.people().get(0)[12]).isEqualTo("9647.99");
    assertThat(run.people().get(0)[11]).isEqualTo("185.03");
    assertThat(run.people().get(1)[12]).isEqualTo("5162.14");
    assertThat(run.report().totals().candidate().annualNet()).isEqualTo("14810.13");
    assertThat(run.report().totals().baseline().annualNet()).isEqualTo("14810.13");
    assertThat(run.report().financialYear().periods())
        .containsExactly("2025-04-01 to 2026-03-31 (365 days)");
  }

  @Test
  void aChangeFromTheFirstOfOctoberCountsFor182Of365Days() throws IOException {
    Run run = run(ShiftedRules.adjustmentsFrom(dir.resolve("rules"), "2025-10-01", "2026-03-31"));
    // A: (18000 x 183 + 18503 x 182) / 7 = 951,649.43p -> £9,516.49 (rounded down);
    //    weekly average (18000 x 183 + 18503 x 182) / 365 = 18,250.81p -> £182.51.
    // B: (10000 x 183 + 9900 x 182) / 7 = 518,828.57p -> £5,188.29 (rounded up);
    //    weekly average 3,631,800 / 365 = 9,950.14p -> £99.50.
    assertThat(run.people().get(0)[12]).isEqualTo("9516.49");
    assertThat(run.people().get(0)[11]).isEqualTo("182.51");
    assertThat(run.people().get(1)[12]).isEqualTo("5188.29");
    assertThat(run.people().get(1)[11]).isEqualTo("99.50");
    assertThat(run.report().totals().candidate().annualNet()).isEqualTo("14704.78");
    // The baseline, April's rules all year: A 18000 x 365 / 7 = 938,571.43p; B 521,428.57p.
    assertThat(run.people().get(0)[8]).isEqualTo("9385.71");
    assertThat(run.people().get(1)[8]).isEqualTo("5214.29");
    assertThat(run.report().financialYear().periods())
        .containsExactly(
            "2025-04-01 to 2025-09-30 (183 days)", "2025-10-01 to 2026-03-31 (182 days)");
    assertThat(run.report().candidate().date()).contains("apportioned by days");
  }

  @Test
  void aChangeFromTheDayAfterTheYearEndsCostsNothingInIt() throws IOException {
    Run run = run(ShiftedRules.adjustmentsFrom(dir.resolve("rules"), "2026-04-01", "2027-03-31"));
    // A: 18000 x 365 / 7 = 938,571.43p -> £9,385.71; B: 10000 x 365 / 7 = 521,428.57p -> £5,214.29.
    assertThat(run.people().get(0)[12]).isEqualTo("9385.71");
    assertThat(run.people().get(1)[12]).isEqualTo("5214.29");
    assertThat(run.report().totals().annualNetChange()).isEqualTo("0.00");
    assertThat(run.report().candidate().versions()).extracting("area").containsExactly("ras");
  }

  @Test
  void roundingIsHalfUpOnWholePence() {
    assertThat(PartYear.halfUp(6_661_546, 7)).isEqualTo(951_649); // .43 down
    assertThat(PartYear.halfUp(3_631_800, 7)).isEqualTo(518_829); // .57 up
    assertThat(PartYear.halfUp(15, 10)).isEqualTo(2); // a half goes up
    assertThat(PartYear.halfUp(14, 10)).isEqualTo(1);
  }
}
