package org.openras.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.envelope.FactorRuleStore;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.scenario.CostAdapter;
import org.openras.engine.scenario.FinancialYear;

/**
 * Two policy choices on one forecast, and the budget envelope per year: over the shipped rules, and
 * over the shipped 2025/26 RAS with a copy of the October 2025 in-year adjustment scheduled from 1
 * April 2027 (its affordability factor is the envelope's lever; the shipped one ends in March
 * 2026).
 */
class PolicyChoicesTest {
  static final PrimarySupportReason LD = PrimarySupportReason.LEARNING_DISABILITY;
  static final PrimarySupportReason MH = PrimarySupportReason.MENTAL_HEALTH;
  static final LocalDate BASE = LocalDate.of(2026, 6, 1);
  @TempDir static Path dir;
  static OpenRasEngine shipped;
  static OpenRasEngine adjusted;

  @BeforeAll
  static void rules() throws IOException {
    shipped = OpenRasEngine.load(new DirectoryRuleStore(TestRules.DIR));
    copy(TestRules.DIR.resolve("ras/2025-04-01"), dir.resolve("ras/2025-04-01"));
    Path adj = dir.resolve("adjustments/2027-04-01");
    copy(TestRules.DIR.resolve("adjustments/2025-10-01"), adj);
    replace(adj.resolve("ruleset.yaml"), "version: 2025-10-01", "version: 2027-04-01");
    replace(adj.resolve("ruleset.yaml"), "effectiveFrom: 2025-10-01", "effectiveFrom: 2027-04-01");
    replace(adj.resolve("ruleset.yaml"), "effectiveTo: 2026-03-31", "effectiveTo: 2028-03-31");
    replace(adj.resolve("parameters.yaml"), "2025-10-01:", "2027-04-01:");
    replace(adj.resolve("Adjustments.drl"), "v2025_10_01", "v2027_04_01");
    Path cases = adj.resolve("cases");
    try (Stream<Path> files = Files.walk(cases)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    adjusted = OpenRasEngine.load(new DirectoryRuleStore(dir));
  }

  static List<HistoryPoint> history() {
    List<HistoryPoint> h = new ArrayList<>(Histories.drawn(LD, 36, t -> 100, 0, 1));
    h.addAll(Histories.drawn(MH, 36, t -> 40, 0, 1));
    return h;
  }

  static List<CalculationRequest> reference() {
    return List.of(
        TransitionsTest.born("R-1", LocalDate.of(1990, 1, 1)).request(BASE),
        TransitionsTest.born("R-2", LocalDate.of(1950, 5, 5)).request(BASE),
        new YoungPerson(
                "R-3", LocalDate.of(1970, 3, 3), MH, TransitionsTest.needs(), null, null, null)
            .request(BASE));
  }

  static List<YoungPerson> cohort() {
    return List.of(TransitionsTest.born("Y-1", LocalDate.of(2009, 9, 1)));
  }

  static ForecastSpec spec() {
    return new ForecastSpec(2026, 2, 0.95, null, null);
  }

  static PolicyCosting costed(PolicyChoice choice, OpenRasEngine engine) {
    return PolicyCosting.of(choice, engine, engine, reference(), BASE, cohort(), spec());
  }

  @Test
  void aCandidateWithThreePercentOnThePriceCostsMoreByThatMuch() throws IOException {
    PolicyChoice baseline = PolicyChoice.asInForce("baseline", "rules");
    PolicyChoice candidate =
        new PolicyChoice("+3% price", "rules", Map.of(), List.of("ras:pricePerPoint*1.03"));
    ForecastReport r =
        ForecastReport.run(
            history(), spec(), costed(baseline, shipped), costed(candidate, shipped), null, null);
    PolicyComparison c = r.comparison();
    assertThat(c.baseline().label()).isEqualTo("baseline");
    assertThat(c.rows()).hasSize(4); // two groups, two years
    for (PolicyComparison.Row row : c.rows()) {
      // The baseline is the report's own money by year.
      YearCost own =
          r.costs().stream()
              .filter(x -> x.year() == row.year() && x.group() == row.group())
              .findFirst()
              .orElseThrow();
      assertThat(row.baselineNet()).isEqualTo(own.totalNet());
      // No version after November 2026 changes a price: the baseline's rules factor is 1; the
      // candidate's is 1.03, give or take what rounding each price and budget to the penny does.
      assertThat(row.baselineRules()).isEqualByComparingTo("1");
      assertThat(row.candidateRules().doubleValue()).isCloseTo(1.03, within(0.001));
      // The same forecast people at £250 × the candidate's factor a week, over the year's days.
      int people = row.group() == LD ? 100 : 40;
      long days = FinancialYear.of(row.year()).days();
      Money weekly = Money.parse("250.00").times(row.candidateRules(), RoundingMode.HALF_UP);
      Money expected =
          Money.rounded(
              weekly
                  .amount()
                  .multiply(BigDecimal.valueOf(people * days))
                  .divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP),
              RoundingMode.HALF_UP);
      assertThat(row.candidateCaseloadNet()).isEqualTo(expected);
      assertThat(row.difference())
          .isEqualTo(row.candidateNet().minus(row.baselineNet()))
          .satisfies(d -> assertThat(d.isNegative() || d.isZero()).isFalse());
      // About 3% more than the baseline.
      assertThat(
              row.candidateCaseloadNet().amount().doubleValue()
                  / row.baselineCaseloadNet().amount().doubleValue())
          .isCloseTo(1.03, within(0.001));
    }
    // The young person is costed under each choice: 3% dearer too.
    Money young =
        c.rows().stream()
            .filter(x -> x.year() == 2027 && x.group() == LD)
            .findFirst()
            .orElseThrow()
            .baselineTransitionsNet();
    Money youngCandidate =
        c.rows().stream()
            .filter(x -> x.year() == 2027 && x.group() == LD)
            .findFirst()
            .orElseThrow()
            .candidateTransitionsNet();
    assertThat(young.isZero()).isFalse();
    assertThat(youngCandidate.amount().doubleValue() / young.amount().doubleValue())
        .isCloseTo(1.03, within(0.001));
    // The totals by year are the rows' sums.
    for (PolicyComparison.Total t : c.totals()) {
      Money sum =
          c.rows().stream()
              .filter(x -> x.year() == t.year())
              .map(PolicyComparison.Row::difference)
              .reduce(Money.ZERO, Money::plus);
      assertThat(t.difference()).isEqualTo(sum);
      assertThat(t.baselineNet()).isEqualTo(r.totalByYear().get(t.year()));
    }
    StringWriter csv = new StringWriter();
    r.writeComparisonCsv(csv);
    assertThat(csv.toString().lines()).hasSize(5);
    assertThat(csv.toString().lines().skip(1).findFirst().orElseThrow())
        .startsWith("2026/27,LEARNING_DISABILITY,baseline,+3% price,1,");
  }

  @Test
  void theSameChoiceTwiceDiffersByNothing() {
    PolicyChoice a = PolicyChoice.asInForce("a", "rules");
    ForecastReport r =
        ForecastReport.run(history(), spec(), costed(a, shipped), costed(a, shipped), null, null);
    assertThat(r.comparison().totals())
        .allSatisfy(t -> assertThat(t.difference()).isEqualTo(Money.ZERO));
  }

  @Test
  void aChoicesPinsReachEveryCalculation() {
    // ras 2025-04-01-staged, selected by date, restates 2025-04-01 with the same figures: pinning
    // the latter for the whole run changes nothing; pinning a version the folder lacks is refused.
    PolicyChoice pinned =
        new PolicyChoice("pinned", "rules", Map.of("ras", "2025-04-01"), List.of());
    ForecastReport r =
        ForecastReport.run(
            history(),
            spec(),
            costed(PolicyChoice.asInForce("baseline", "rules"), shipped),
            costed(pinned, shipped),
            null,
            null);
    assertThat(r.comparison().totals())
        .allSatisfy(t -> assertThat(t.difference()).isEqualTo(Money.ZERO));
    PolicyChoice unknown =
        new PolicyChoice("unknown", "rules", Map.of("ras", "1999-01-01"), List.of());
    assertThatThrownBy(() -> costed(unknown, shipped)).hasMessageContaining("1999-01-01");
  }

  @Test
  void aChoiceWhoseOverrideCannotBeReadIsRefusedAtOnce() {
    assertThatThrownBy(
            () -> new PolicyChoice("bad", "rules", Map.of(), List.of("pricePerPoint 1.03")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEnvelopeFactorReproducesTheTarget() {
    ForecastSpec spec = new ForecastSpec(2027, 1, 0.95, null, null);
    PolicyChoice baseline = PolicyChoice.asInForce("baseline", "rules");
    PolicyCosting costed =
        PolicyCosting.of(baseline, adjusted, adjusted, reference(), BASE, cohort(), spec);
    // The target: the forecast as the rules would cost it were the affordability factor 0.95,
    // costed independently by the engine over a copy of the rules with that factor.
    OpenRasEngine at095 =
        OpenRasEngine.load(
            new FactorRuleStore(new DirectoryRuleStore(dir), new BigDecimal("0.95")));
    PolicyCosting atTarget =
        PolicyCosting.of(baseline, at095, adjusted, reference(), BASE, cohort(), spec);
    Money target =
        ForecastReport.run(history(), spec, atTarget, null, null, null).totalByYear().get(2027);
    ForecastReport r =
        ForecastReport.run(
            history(),
            spec,
            costed,
            null,
            null,
            new EnvelopeTargets(Map.of(2027, target), BigDecimal.ZERO, null, null));
    YearEnvelope e = r.envelopes().get(0);
    assertThat(e.forecastNet()).isEqualTo(r.totalByYear().get(2027));
    assertThat(e.status()).isEqualTo("MET");
    assertThat(e.factor().doubleValue()).isCloseTo(0.95, within(0.0002));
    assertThat(e.costAtFactor().compareTo(target)).isLessThanOrEqualTo(0);
    // Within a penny a week for each of the 141 forecast people (140 and the young person).
    long tolerance = 141L * 366 / 7;
    assertThat(e.belowTarget().amount().movePointRight(2).longValue()).isBetween(0L, tolerance);
    assertThat(e.heldFixed()).isEmpty();
    // The highest factor, 1.20, costs more than the rules' own 0.990.
    assertThat(e.costAtHighest().compareTo(e.forecastNet())).isPositive();
  }

  @Test
  void aTargetNoFactorCanMeetIsSaidSoAndAYearWithoutTheLeverToo() {
    ForecastSpec spec = new ForecastSpec(2027, 1, 0.95, null, null);
    PolicyChoice baseline = PolicyChoice.asInForce("baseline", "rules");
    PolicyCosting costed =
        PolicyCosting.of(baseline, adjusted, adjusted, reference(), BASE, cohort(), spec);
    YearEnvelope low =
        ForecastReport.run(
                history(),
                spec,
                costed,
                null,
                null,
                new EnvelopeTargets(
                    Map.of(2027, Money.parse("1000.00")), new BigDecimal("0.05"), null, null))
            .envelopes()
            .get(0);
    assertThat(low.status()).isEqualTo("TARGET_BELOW_RANGE");
    assertThat(low.factor()).isNull();
    assertThat(low.targetToMeet()).isEqualTo(Money.parse("950.00"));
    assertThat(low.finding()).contains("even the lowest costs");
    // On the shipped rules no adjustments version is in force after March 2026.
    PolicyCosting plain =
        PolicyCosting.of(baseline, shipped, shipped, reference(), BASE, cohort(), spec);
    YearEnvelope none =
        ForecastReport.run(
                history(),
                spec,
                plain,
                null,
                null,
                new EnvelopeTargets(Map.of(2027, Money.parse("1000000.00")), null, null, null))
            .envelopes()
            .get(0);
    assertThat(none.status()).isEqualTo("LEVER_NOT_IN_FORCE");
    assertThat(none.shareOfForecast())
        .isEqualByComparingTo(
            new BigDecimal("1000000.00")
                .divide(none.forecastNet().amount(), 4, RoundingMode.HALF_UP));
    assertThatThrownBy(
            () ->
                ForecastReport.run(
                    history(),
                    spec,
                    plain,
                    null,
                    null,
                    new EnvelopeTargets(Map.of(2030, Money.parse("1.00")), null, null, null)))
        .hasMessageContaining("2030/31");
  }

  @Test
  void snapshotsGiveTheCountsAndCostsByGroupOfTheirMonth() {
    List<CalculationRequest> april = new ArrayList<>(reference());
    CalculationRequest noGroup =
        new CalculationRequest(
            "R-9",
            BASE,
            new org.openras.engine.request.PersonDetails(LocalDate.of(1980, 1, 1), null),
            TransitionsTest.needs(),
            null,
            Map.of(),
            null,
            null,
            null,
            null,
            null);
    april.add(noGroup);
    SnapshotHistory.Snapshot s1 = SnapshotHistory.cost(shipped, LocalDate.of(2026, 4, 30), april);
    SnapshotHistory.Snapshot s2 =
        SnapshotHistory.cost(shipped, LocalDate.of(2026, 5, 31), reference().subList(0, 2));
    assertThat(s1.people()).isEqualTo(3);
    assertThat(s1.withoutGroup()).isEqualTo(1);
    SnapshotHistory.Result h = SnapshotHistory.history(List.of(s2, s1));
    // Two months × two groups, MENTAL_HEALTH with nobody in May.
    assertThat(h.points()).hasSize(4);
    HistoryPoint ldApril = h.points().get(0);
    assertThat(ldApril.month()).isEqualTo(java.time.YearMonth.of(2026, 4));
    assertThat(ldApril.group()).isEqualTo(LD);
    assertThat(ldApril.people()).isEqualTo(2);
    assertThat(ldApril.basis()).isEqualTo(CostBasis.WEEKLY);
    long expected =
        weeklyNet(reference().get(0), LocalDate.of(2026, 4, 30))
            + weeklyNet(reference().get(1), LocalDate.of(2026, 4, 30));
    assertThat(ldApril.netCost()).isEqualTo(Transitions.pounds(expected));
    HistoryPoint mhMay = h.points().get(3);
    assertThat(mhMay.group()).isEqualTo(MH);
    assertThat(mhMay.people()).isZero();
    assertThat(mhMay.netCost()).isEqualTo(Money.ZERO);
    assertThatThrownBy(
            () ->
                SnapshotHistory.history(
                    List.of(
                        s1, SnapshotHistory.cost(shipped, LocalDate.of(2026, 4, 1), reference()))))
        .hasMessageContaining("Two snapshots in 2026-04");
  }

  private static long weeklyNet(CalculationRequest r, LocalDate on) {
    return CostAdapter.figures(
            shipped.calculate(
                CostAdapter.forSide(
                    r, org.openras.engine.scenario.ScenarioSide.inForceOn("check", on))))
        .net();
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new IllegalStateException(file + " no longer holds '" + from + "'");
    }
    Files.writeString(file, text.replace(from, to));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
