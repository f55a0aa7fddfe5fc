package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.scenario.CostAdapter;
import org.openras.engine.scenario.CostPeriod;
import org.openras.engine.scenario.FinancialYear;
import org.openras.engine.scenario.PartYear;
import org.openras.engine.scenario.ScenarioSide;
import org.openras.engine.scenario.YearPeriods;

/**
 * How the rules in force in each forecast year change a group's cost per person: a reference
 * caseload (people with their needs, such as a snapshot of today's caseload) is costed by the
 * engine on the base date and over each forecast year period by period, and a group's factor for a
 * year is Σ the year's day-weighted weekly net ÷ Σ the weekly net on the base date over the group's
 * people. A person the engine gives no budget on either side is left out of both sums; a group with
 * no reference people, or whose base sum is zero, takes 1 (the history's cost, unchanged).
 *
 * @param base the date the history's cost per person stands for
 * @param factors group → year → factor, to ten decimals, half up
 * @param people reference people counted per group
 */
public record RulePricing(
    LocalDate base,
    Map<PrimarySupportReason, Map<Integer, BigDecimal>> factors,
    Map<PrimarySupportReason, Integer> people) {

  /** No re-pricing: every factor is 1. */
  public static RulePricing none() {
    return new RulePricing(null, Map.of(), Map.of());
  }

  /** The factor for a group and year (1 when the reference caseload has none of the group). */
  public BigDecimal factor(PrimarySupportReason group, int year) {
    return factors.getOrDefault(group, Map.of()).getOrDefault(year, BigDecimal.ONE);
  }

  public static RulePricing of(
      OpenRasEngine engine, List<CalculationRequest> reference, LocalDate base, ForecastSpec spec) {
    return of(engine, ScenarioSide.inForceOn("forecast", null), engine, reference, base, spec);
  }

  /**
   * As above under a policy choice: the base (what the history's cost stands for) is costed by
   * {@code asToday} on the rules in force on {@code base}, as they are; each forecast year by
   * {@code engine} under {@code choice}'s pins and parameter overrides. So a candidate's factor
   * holds both the versions in force each year and the choice's own change.
   */
  public static RulePricing of(
      OpenRasEngine engine,
      ScenarioSide choice,
      OpenRasEngine asToday,
      List<CalculationRequest> reference,
      LocalDate base,
      ForecastSpec spec) {
    Map<Integer, List<CostPeriod>> periods = new TreeMap<>();
    for (int y = spec.firstYear(); y <= spec.lastYear(); y++) {
      periods.put(y, YearPeriods.of(FinancialYear.of(y), engine.catalogue()));
    }
    Map<PrimarySupportReason, long[]> sums = new EnumMap<>(PrimarySupportReason.class);
    Map<PrimarySupportReason, Integer> counted = new EnumMap<>(PrimarySupportReason.class);
    int years = spec.years();
    for (CalculationRequest r : reference) {
      if (r.person() == null || r.person().primarySupportReason() == null) {
        continue;
      }
      Long baseNet = weeklyNet(asToday, r, base);
      if (baseNet == null) {
        continue;
      }
      long[] yearNet = new long[years];
      boolean costed = true;
      int i = 0;
      for (List<CostPeriod> ps : periods.values()) {
        PartYear part = new PartYear();
        for (CostPeriod p : ps) {
          CalculationResult result = calculate(engine, r, p.from(), choice);
          if (result.ras() == null) {
            costed = false;
            break;
          }
          part.add(CostAdapter.figures(result), p.days());
        }
        if (!costed) {
          break;
        }
        yearNet[i++] = part.figures().net();
      }
      if (!costed) {
        continue;
      }
      long[] s = sums.computeIfAbsent(r.person().primarySupportReason(), g -> new long[years + 1]);
      s[0] += baseNet;
      for (int k = 0; k < years; k++) {
        s[k + 1] += yearNet[k];
      }
      counted.merge(r.person().primarySupportReason(), 1, Integer::sum);
    }
    Map<PrimarySupportReason, Map<Integer, BigDecimal>> factors =
        new EnumMap<>(PrimarySupportReason.class);
    sums.forEach(
        (group, s) -> {
          Map<Integer, BigDecimal> byYear = new TreeMap<>();
          for (int k = 0; k < years; k++) {
            byYear.put(
                spec.firstYear() + k,
                s[0] == 0
                    ? BigDecimal.ONE
                    : BigDecimal.valueOf(s[k + 1])
                        .divide(BigDecimal.valueOf(s[0]), 10, RoundingMode.HALF_UP));
          }
          factors.put(group, byYear);
        });
    return new RulePricing(base, factors, counted);
  }

  private static Long weeklyNet(OpenRasEngine engine, CalculationRequest r, LocalDate date) {
    CalculationResult result =
        engine.calculate(CostAdapter.forSide(r, ScenarioSide.inForceOn("forecast", date)));
    return result.ras() == null ? null : CostAdapter.figures(result).net();
  }

  private static CalculationResult calculate(
      OpenRasEngine engine, CalculationRequest r, LocalDate date, ScenarioSide choice) {
    ScenarioSide on = new ScenarioSide(choice.label(), date, choice.pins(), choice.overrides());
    return engine.calculate(CostAdapter.forSide(r, on), choice.overrides());
  }
}
