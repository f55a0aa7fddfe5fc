package org.openras.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.scenario.CostAdapter;
import org.openras.engine.scenario.PartYear;

/**
 * Young people arrive the month they turn 18 and are costed on the rules in force then: over the
 * shipped 2025/26 RAS plus a copy of it scheduled from 1 April 2027 with a dearer learning
 * disability point (£9.00 instead of £7.50).
 */
class TransitionsTest {
  static final PrimarySupportReason LD = PrimarySupportReason.LEARNING_DISABILITY;
  @TempDir static Path dir;
  static OpenRasEngine engine;

  @BeforeAll
  static void rules() throws IOException {
    copy(TestRules.DIR.resolve("ras/2025-04-01"), dir.resolve("ras/2025-04-01"));
    Path next = dir.resolve("ras/2027-04-01");
    copy(TestRules.DIR.resolve("ras/2025-04-01"), next);
    replace(next.resolve("ruleset.yaml"), "version: 2025-04-01", "version: 2027-04-01");
    replace(next.resolve("ruleset.yaml"), "effectiveFrom: 2025-04-01", "effectiveFrom: 2027-04-01");
    replace(next.resolve("ruleset.yaml"), "supersedes: 2024-04-01", "supersedes: 2025-04-01");
    replace(next.resolve("parameters.yaml"), "2025-04-01:", "2027-04-01:");
    replace(next.resolve("Ras.drl"), "ras.v2025_04_01", "ras.v2027_04_01");
    replace(
        next.resolve("parameters.yaml"),
        "LEARNING_DISABILITY: {value: \"7.50\"",
        "LEARNING_DISABILITY: {value: \"9.00\"");
    engine = OpenRasEngine.load(new DirectoryRuleStore(dir));
  }

  static Map<String, Integer> needs() {
    Map<String, Integer> n = new LinkedHashMap<>();
    n.put("personal-care", 3);
    n.put("eating-and-drinking", 2);
    n.put("physical-and-mental-wellbeing", 1);
    n.put("relationships", 1);
    n.put("community-work-and-learning", 3);
    n.put("making-decisions", 2);
    n.put("staying-safe", 3);
    n.put("communication", 1);
    n.put("home-and-daily-living", 2);
    n.put("family-carer-support", 0);
    return n;
  }

  static YoungPerson born(String ref, LocalDate dob) {
    return new YoungPerson(ref, dob, LD, needs(), null, null, null);
  }

  static ForecastSpec spec() {
    return new ForecastSpec(2026, 3, 0.95, null, null);
  }

  @Test
  void aYoungPersonArrivesInTheMonthAndYearTheyTurn18() {
    assertThat(born("Y-1", LocalDate.of(2009, 6, 15)).arrivalMonth())
        .isEqualTo(YearMonth.of(2027, 6));
    assertThat(born("Y-2", LocalDate.of(2008, 3, 31)).arrival())
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(born("Y-3", LocalDate.of(2008, 2, 29)).arrival())
        .isEqualTo(LocalDate.of(2026, 2, 28));
    LocalDate today = LocalDate.now();
    assertThat(born("Y-4", today.minusYears(18)).arrivalMonth()).isEqualTo(YearMonth.from(today));
  }

  @Test
  void aVersionScheduledForAFutureAprilIsUsedFromThatApril() {
    YoungPerson before = born("Y-10", LocalDate.of(2009, 3, 20)); // arrives 2027-03-20
    YoungPerson after = born("Y-11", LocalDate.of(2009, 4, 1)); // arrives 2027-04-01
    Transition.Cohort c = Transitions.cost(engine, List.of(before, after), spec());
    assertThat(c.notCosted()).isEmpty();
    Transition b = c.costed().get(0);
    Transition a = c.costed().get(1);
    assertThat(b.versions()).containsEntry("ras", "2025-04-01");
    assertThat(a.versions()).containsEntry("ras", "2027-04-01");
    assertThat(a.weeklyBudget()).isGreaterThan(b.weeklyBudget());
    // Before the new version, from 20 to 31 March 2027: 12 days at the 2025/26 price.
    long w2025 = CostAdapter.pence(b.weeklyNet());
    long w2027 = CostAdapter.pence(a.weeklyNet());
    assertThat(b.annualNet().get(2026)).isEqualTo(pounds(PartYear.halfUp(w2025 * 12, 7)));
    // 2027/28 holds 29 February 2028: 366 days, all at the new price, for both.
    assertThat(b.annualNet().get(2027)).isEqualTo(pounds(PartYear.halfUp(w2027 * 366, 7)));
    assertThat(a.annualNet().get(2027)).isEqualTo(b.annualNet().get(2027));
    // Nothing before they arrive.
    assertThat(a.annualNet().get(2026)).isEqualTo(Money.ZERO);
    assertThat(b.annualNet().get(2028))
        .isEqualTo(
            pounds(
                PartYear.halfUp(
                    w2027
                        * ChronoUnit.DAYS.between(
                            LocalDate.of(2028, 4, 1), LocalDate.of(2029, 4, 1)),
                    7)));
  }

  @Test
  void theRatioOfWeeklyBudgetsIsThePriceChangeForTheSamePoints() {
    Transition.Cohort c =
        Transitions.cost(
            engine,
            List.of(born("Y-20", LocalDate.of(2008, 9, 1)), born("Y-21", LocalDate.of(2009, 9, 1))),
            spec());
    Money old = c.costed().get(0).weeklyBudget();
    Money dearer = c.costed().get(1).weeklyBudget();
    // Same needs: the same points, priced at £7.50 and £9.00 (within the floor and ceiling).
    assertThat(dearer.amount().multiply(new BigDecimal("7.50")))
        .isEqualByComparingTo(old.amount().multiply(new BigDecimal("9.00")));
  }

  @Test
  void aYoungPersonArrivingAfterTheLastYearIsListedNotDropped() {
    Transition.Cohort c =
        Transitions.cost(engine, List.of(born("Y-30", LocalDate.of(2012, 1, 1))), spec());
    assertThat(c.costed()).isEmpty();
    assertThat(c.notCosted())
        .singleElement()
        .satisfies(n -> assertThat(n.personRef()).isEqualTo("Y-30"));
  }

  @Test
  void theRulesInForceEachYearRePriceAGroupsCostPerPerson() {
    List<CalculationRequest> reference =
        List.of(
            born("R-1", LocalDate.of(1990, 1, 1)).request(LocalDate.of(2026, 6, 1)),
            born("R-2", LocalDate.of(1985, 5, 5)).request(LocalDate.of(2026, 6, 1)),
            new YoungPerson(
                    "R-3",
                    LocalDate.of(1970, 3, 3),
                    PrimarySupportReason.MENTAL_HEALTH,
                    needs(),
                    null,
                    null,
                    null)
                .request(LocalDate.of(2026, 6, 1)));
    RulePricing p = RulePricing.of(engine, reference, LocalDate.of(2026, 6, 1), spec());
    assertThat(p.people())
        .containsEntry(LD, 2)
        .containsEntry(PrimarySupportReason.MENTAL_HEALTH, 1);
    assertThat(p.factor(LD, 2026)).isEqualByComparingTo("1");
    // From April 2027 a learning disability point costs £9.00 instead of £7.50.
    assertThat(p.factor(LD, 2027).doubleValue())
        .isCloseTo(1.2, org.assertj.core.api.Assertions.within(0.005));
    assertThat(p.factor(PrimarySupportReason.MENTAL_HEALTH, 2027)).isEqualByComparingTo("1");
    assertThat(p.factor(PrimarySupportReason.SENSORY_DUAL, 2027)).isEqualByComparingTo("1");
    // The plan's cost per person follows: £250.00 × 1.2 from 2027/28.
    List<HistoryPoint> h = Histories.drawn(LD, 36, t -> 100, 0, 1);
    BudgetPlan plan =
        BudgetPlan.of(
            DemandForecaster.forecast(h, spec()),
            new Transition.Cohort(List.of(), List.of()),
            spec(),
            p);
    assertThat(plan.row(2026, LD).weeklyCostPerPerson()).isEqualTo(Money.parse("250.00"));
    assertThat(plan.row(2027, LD).weeklyCostPerPerson())
        .isEqualTo(Money.parse("250.00").times(p.factor(LD, 2027), java.math.RoundingMode.HALF_UP));
  }

  static Money pounds(long pence) {
    return Money.of(BigDecimal.valueOf(pence, 2));
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
