package org.openras.engine.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.scenario.CostAdapter;
import org.openras.engine.scenario.FinancialYear;
import org.openras.engine.scenario.ScenarioCsv;
import org.openras.engine.scenario.ScenarioProgress;
import org.openras.engine.scenario.YearPeriods;

/**
 * The envelope over the shipped rules' 2025/26 year (adjustments from 1 October): it meets a target
 * within a penny a week per person, or says why it cannot, naming the bounds and their costs.
 */
class EnvelopeTest {
  static final FinancialYear FY2025 = FinancialYear.of(2025);
  static final RuleStore RULES = new DirectoryRuleStore(TestRules.DIR);
  @TempDir Path dir;

  private static CalculationRequest person(int i) {
    SplittableRandom r = new SplittableRandom(8_000L + i);
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
      needs.put(d, r.nextInt(d.equals("personal-care") ? 5 : 4));
    }
    PrimarySupportReason psr = PrimarySupportReason.values()[r.nextInt(11)];
    return new CalculationRequest(
        "E-" + i, LocalDate.of(2025, 6, 1), new PersonDetails(null, psr), needs, null, Map.of());
  }

  private Path caseload(int people) throws IOException {
    Path file = dir.resolve("caseload-" + people + ".jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= people; i++) {
        w.write(CaseloadLines.write(new CaseloadEntry(person(i), null)) + "\n");
      }
    }
    return file;
  }

  private static EnvelopeModel model(Path caseload, FinancialYear year) throws IOException {
    OpenRasEngine engine = TestRules.engine();
    return EnvelopeModel.build(
        engine, caseload, YearPeriods.of(year, engine.catalogue()), ScenarioProgress.NONE);
  }

  private static EnvelopeReport run(Path caseload, Money target, String contingency)
      throws IOException {
    EnvelopeSpec spec =
        new EnvelopeSpec("test", FY2025, target, new BigDecimal(contingency), null, null, null);
    return new EnvelopeRunner(RULES, 2)
        .run(caseload, spec, ScenarioCsv.none(), ScenarioProgress.NONE);
  }

  private static long pence(String pounds) {
    return CostAdapter.pence(Money.parse(pounds));
  }

  @Test
  void meetsAReachableTargetWithinAPennyAWeekPerPersonAndTheEngineAgrees() throws IOException {
    Path caseload = caseload(40);
    long at095 = model(caseload, FY2025).annual(9_500);
    // A target whose 95% (rounded down) is the cost at 0.9500, or a penny above it.
    long gross = (at095 * 100 + 94) / 95;
    EnvelopeReport r = run(caseload, Money.parse(EnvelopeText.text(gross)), "0.05");
    long target = pence(r.targetToMeet());
    assertThat(target).isBetween(at095, at095 + 1);
    assertThat(r.status()).isEqualTo("MET");
    assertThat(r.people()).isEqualTo(40);
    long cost = pence(r.choice().annual());
    assertThat(cost).isLessThanOrEqualTo(target);
    // Within a penny a week per person: shortfall x 7 / days <= people pence.
    assertThat((target - cost) * 7).isLessThanOrEqualTo(40L * 365);
    assertThat(pence(r.choice().annualAtNextFactor())).isGreaterThan(target);
    assertThat(new BigDecimal(r.choice().factor())).isGreaterThanOrEqualTo(new BigDecimal("0.95"));
    assertThat(r.verification().modelAgrees()).isTrue();
    assertThat(r.verification().engineAnnualAtFactor()).isEqualTo(r.choice().annual());
    assertThat(r.winnersAndLosers().caseload().calculated()).isEqualTo(40);
    // A factor below 1 from October: everyone with a budget loses, by under 5% of a year's average.
    var bands = r.winnersAndLosers().bands();
    assertThat(bands.stream().mapToLong(b -> b.people()).sum()).isEqualTo(40);
    assertThat(bands)
        .filteredOn(b -> b.band().equals("LOSE_UP_TO_5"))
        .allMatch(b -> b.people() > 0);
    assertThat(bands).filteredOn(b -> b.band().startsWith("GAIN")).allMatch(b -> b.people() == 0);
    assertThat(r.solverEvaluations()).isLessThan(60);
  }

  @Test
  void saysNoFactorCanMeetATargetBelowTheLowestFactorsCost() throws IOException {
    Path caseload = caseload(10);
    EnvelopeModel m = model(caseload, FY2025);
    EnvelopeReport r = run(caseload, Money.parse("1000.00"), "0.05");
    assertThat(r.status()).isEqualTo("TARGET_BELOW_RANGE");
    assertThat(r.range().annualAtLowest()).isEqualTo(EnvelopeText.text(m.annual(8_000)));
    assertThat(r.range().annualAtHighest()).isEqualTo(EnvelopeText.text(m.annual(12_000)));
    assertThat(r.finding())
        .contains("below what even the lowest factor costs")
        .contains("0.8000")
        .contains(r.range().annualAtLowest())
        .contains("950.00");
    assertThat(r.choice()).isNull();
    assertThat(r.winnersAndLosers()).isNull();
    // The API's rule (docs/adr/0023): a member without a value is left out, never null.
    String json = EnvelopeFiles.json(r);
    assertThat(json).doesNotContain("null").doesNotContain("\"choice\"");
    assertThat(org.openras.engine.json.Json.mapper().readValue(json, EnvelopeReport.class))
        .isEqualTo(r);
  }

  @Test
  void saysNoFactorCanReachATargetAboveTheHighestFactorsCost() throws IOException {
    Path caseload = caseload(10);
    EnvelopeReport r = run(caseload, Money.parse("100000000.00"), "0");
    assertThat(r.status()).isEqualTo("TARGET_ABOVE_RANGE");
    assertThat(r.finding()).contains("above what even the highest factor costs").contains("1.2000");
    assertThat(r.choice()).isNull();
  }

  @Test
  void whenTheStepsCannotLandWithinAPennyItGivesTheNearestFiguresEitherSide() throws IOException {
    Path caseload = dir.resolve("one.jsonl");
    Map<String, Integer> needs = new LinkedHashMap<>(person(1).needs());
    needs.replaceAll((d, level) -> d.equals("personal-care") ? 4 : 3);
    CalculationRequest big =
        new CalculationRequest(
            "E-BIG",
            LocalDate.of(2025, 6, 1),
            new PersonDetails(null, PrimarySupportReason.LEARNING_DISABILITY),
            needs,
            null,
            Map.of());
    Files.writeString(caseload, CaseloadLines.write(new CaseloadEntry(big, null)) + "\n");
    EnvelopeModel m = model(caseload, FY2025);
    long low = m.annual(9_500);
    long high = m.annual(9_501);
    long tolerance = 365 / 7; // one person: a penny a week over 365 days, in annual pence
    assertThat(high - low).isGreaterThan(2 * tolerance + 2);
    long target = low + (high - low) / 2;
    EnvelopeReport r = run(caseload, Money.parse(EnvelopeText.text(target)), "0");
    assertThat(r.status()).isEqualTo("NEAREST_ONLY");
    assertThat(r.choice().factor()).isEqualTo("0.9500");
    assertThat(r.choice().annual()).isEqualTo(EnvelopeText.text(low));
    assertThat(r.choice().nextFactor()).isEqualTo("0.9501");
    assertThat(r.choice().annualAtNextFactor()).isEqualTo(EnvelopeText.text(high));
    assertThat(r.finding())
        .contains("more than a penny a week per person short")
        .contains("0.9501");
    assertThat(r.verification().modelAgrees()).isTrue();
  }

  @Test
  void inAYearWithNoAdjustmentsTheFactorHasNothingToActOn() throws IOException {
    Path caseload = caseload(5);
    EnvelopeSpec spec =
        new EnvelopeSpec(
            "2024/25", FinancialYear.of(2024), Money.parse("50000.00"), null, null, null, null);
    EnvelopeReport r =
        new EnvelopeRunner(RULES, 1).run(caseload, spec, ScenarioCsv.none(), ScenarioProgress.NONE);
    assertThat(r.status()).isEqualTo("LEVER_NOT_IN_FORCE");
    assertThat(r.finding()).contains("No adjustments version is in force");
  }

  @Test
  void theWhatIfStoreReplacesOnlyTheAffordabilityFactor() {
    OpenRasEngine what = OpenRasEngine.load(new FactorRuleStore(RULES, new BigDecimal("0.9123")));
    CalculationRequest p = person(3);
    CalculationRequest oct =
        new CalculationRequest(
            p.personRef(), LocalDate.of(2025, 10, 1), p.person(), p.needs(), null, Map.of());
    var changed = what.calculate(oct);
    var shipped = TestRules.engine().calculate(oct);
    assertThat(changed.adjustments().affordabilityFactor()).isEqualByComparingTo("0.9123");
    assertThat(shipped.adjustments().affordabilityFactor()).isEqualByComparingTo("0.990");
    assertThat(changed.adjustments().upliftedWeeklyBudget())
        .isEqualTo(shipped.adjustments().upliftedWeeklyBudget());
    assertThat(changed.ruleSets())
        .filteredOn(u -> u.area().equals("adjustments"))
        .allMatch(u -> !shipped.ruleSets().contains(u));
    assertThat(changed.parameters())
        .filteredOn(x -> x.name().equals("affordabilityFactor"))
        .allMatch(x -> x.value().equals("0.9123"));
  }

  /**
   * Both passes over the caseload report progress, as a job's page shows it: the model pass is the
   * first half and the check at the chosen factor the second, never going back, ending at the
   * file's size; a pass told to stop (a cancelled job) stops during the model pass.
   */
  @Test
  void progressCoversBothPassesInOrderAndCanStopTheFirst() throws IOException {
    Path caseload = caseload(600);
    long size = Files.size(caseload);
    List<long[]> seen = new java.util.ArrayList<>();
    long at1 = model(caseload, FY2025).annual(10_000);
    EnvelopeSpec spec =
        new EnvelopeSpec(
            "test", FY2025, Money.parse(EnvelopeText.text(at1)), null, null, null, null);
    EnvelopeReport r =
        new EnvelopeRunner(RULES, 2)
            .run(
                caseload,
                spec,
                ScenarioCsv.none(),
                (lines, read, total) -> seen.add(new long[] {lines, read, total}));
    assertThat(r.choice()).isNotNull();
    assertThat(seen).allMatch(p -> p[2] == size && p[1] <= size);
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i)[1]).isGreaterThanOrEqualTo(seen.get(i - 1)[1]);
    }
    assertThat(seen).anyMatch(p -> p[0] == EnvelopeModel.EVERY && p[1] < size / 2);
    assertThat(seen).anyMatch(p -> p[0] == 600 && p[1] == size / 2);
    assertThat(seen.get(seen.size() - 1)).containsExactly(600, size / 2 + size / 2, size);

    long[] stoppedAt = {0};
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new EnvelopeRunner(RULES, 2)
                    .run(
                        caseload,
                        spec,
                        ScenarioCsv.none(),
                        (lines, read, total) -> {
                          stoppedAt[0] = lines;
                          throw new java.util.concurrent.CancellationException("cancelled");
                        }))
        .isInstanceOf(java.util.concurrent.CancellationException.class);
    assertThat(stoppedAt[0]).isEqualTo(EnvelopeModel.EVERY);
  }
}
