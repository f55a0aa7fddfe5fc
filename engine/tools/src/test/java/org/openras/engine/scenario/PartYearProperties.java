package org.openras.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.request.CalculationRequest;

/**
 * Laws of the part-year effect over the shipped rules' 2025/26 year (RAS 2025-04-01 all year, the
 * adjustments from 1 October): a person's apportioned annual cost lies between their cost with the
 * year's first rules all year and with its last rules all year.
 */
class PartYearProperties {
  static final FinancialYear FY2025 = FinancialYear.of(2025);

  @Test
  void anApportionedYearLiesBetweenTheAllYearCostsOfEitherSide() {
    OpenRasEngine engine = TestRules.engine();
    List<CostPeriod> periods = YearPeriods.of(FY2025, engine.catalogue());
    assertThat(periods).extracting(CostPeriod::from).contains(LocalDate.of(2025, 10, 1));
    SideCosting before = costing(engine, FY2025.from(), periods);
    SideCosting after = costing(engine, FY2025.to(), periods);
    SideCosting apportioned = costing(engine, null, periods);
    qt().withExamples(60)
        .forAll(integers().between(1, 1_000_000))
        .checkAssert(
            i -> {
              CalculationRequest person = TestCaseloads.person(20251001, i);
              long a = before.cost(person).figures().annualNet();
              long b = after.cost(person).figures().annualNet();
              long part = apportioned.cost(person).figures().annualNet();
              assertThat(part).isBetween(Math.min(a, b), Math.max(a, b));
            });
  }

  @Test
  void splittingAPeriodWhereNothingChangesLeavesTheAnnualCostAlone() {
    qt().withExamples(200)
        .forAll(
            integers().between(0, 100_000),
            integers().between(1, 364),
            integers().between(0, 100_000))
        .checkAssert(
            (weekly, split, other) -> {
              SideFigures f = new SideFigures(weekly, 0, weekly, 0);
              SideFigures g = new SideFigures(other, 0, other, 0);
              long whole = new PartYear().add(f, 365).add(g, 100).annual();
              long parts = new PartYear().add(f, split).add(f, 365 - split).add(g, 100).annual();
              assertThat(parts).isEqualTo(whole);
            });
  }

  private static SideCosting costing(
      OpenRasEngine engine, LocalDate date, List<CostPeriod> periods) {
    return new SideCosting(engine, new ScenarioSide("side", date, null, null), FY2025, periods);
  }
}
