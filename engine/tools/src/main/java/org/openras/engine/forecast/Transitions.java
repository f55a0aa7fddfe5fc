package org.openras.engine.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.money.Money;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.result.RuleSetUsed;
import org.openras.engine.scenario.CostAdapter;
import org.openras.engine.scenario.CostPeriod;
import org.openras.engine.scenario.FinancialYear;
import org.openras.engine.scenario.PartYear;
import org.openras.engine.scenario.ScenarioSide;
import org.openras.engine.scenario.SideFigures;
import org.openras.engine.scenario.YearPeriods;

/**
 * Costs a cohort of young people from the day each turns 18: on that day with the RAS and
 * contributions in force on it, and over each forecast financial year period by period wherever a
 * rule-set version or a dated figure changes ({@link YearPeriods}), so a version scheduled for a
 * future April is used from that April.
 */
public final class Transitions {
  private Transitions() {}

  public static Transition.Cohort cost(
      OpenRasEngine engine, List<YoungPerson> cohort, ForecastSpec spec) {
    return cost(engine, cohort, spec, ScenarioSide.inForceOn("forecast", null));
  }

  /**
   * As above under a policy choice: every calculation carries {@code choice}'s pins and parameter
   * overrides (its date is ignored: each young person is costed on their own days).
   */
  public static Transition.Cohort cost(
      OpenRasEngine engine, List<YoungPerson> cohort, ForecastSpec spec, ScenarioSide choice) {
    Map<Integer, List<CostPeriod>> periods = new TreeMap<>();
    for (int y = spec.firstYear(); y <= spec.lastYear(); y++) {
      periods.put(y, YearPeriods.of(FinancialYear.of(y), engine.catalogue()));
    }
    LocalDate end = FinancialYear.of(spec.lastYear()).to();
    List<Transition> costed = new ArrayList<>();
    List<Transition.NotCosted> notCosted = new ArrayList<>();
    for (YoungPerson p : cohort) {
      LocalDate arrival = p.arrival();
      if (arrival.isAfter(end)) {
        notCosted.add(
            new Transition.NotCosted(
                p.personRef(), arrival, "turns 18 after the forecast's last year"));
        continue;
      }
      try {
        CalculationResult onArrival = calculate(engine, p.request(arrival), choice);
        if (onArrival.ras() == null) {
          notCosted.add(new Transition.NotCosted(p.personRef(), arrival, "no indicative budget"));
          continue;
        }
        SideFigures f = CostAdapter.figures(onArrival);
        Map<String, String> versions = new LinkedHashMap<>();
        for (RuleSetUsed u : onArrival.ruleSets()) {
          versions.put(u.area(), u.version());
        }
        Map<Integer, Money> annual = new TreeMap<>();
        for (Map.Entry<Integer, List<CostPeriod>> year : periods.entrySet()) {
          annual.put(year.getKey(), annual(engine, p, year.getValue(), choice));
        }
        costed.add(
            new Transition(
                p.personRef(),
                p.group(),
                arrival,
                pounds(f.budget()),
                pounds(f.contribution()),
                pounds(f.net()),
                versions,
                annual));
      } catch (OpenRasException | IllegalArgumentException e) {
        notCosted.add(new Transition.NotCosted(p.personRef(), arrival, e.getMessage()));
      }
    }
    return new Transition.Cohort(List.copyOf(costed), List.copyOf(notCosted));
  }

  /**
   * The year's net cost from the arrival day: Σ weekly net × days ÷ 7, half up, once. A period in
   * which the engine gives no budget (not eligible under that period's rules) costs nothing.
   */
  private static Money annual(
      OpenRasEngine engine, YoungPerson p, List<CostPeriod> periods, ScenarioSide choice) {
    PartYear part = new PartYear();
    for (CostPeriod period : periods) {
      if (period.to().isBefore(p.arrival())) {
        continue;
      }
      LocalDate from = period.from().isBefore(p.arrival()) ? p.arrival() : period.from();
      CalculationResult r = calculate(engine, p.request(from), choice);
      if (r.ras() == null) {
        continue;
      }
      part.add(CostAdapter.figures(r), new CostPeriod(from, period.to()).days());
    }
    return pounds(part.annual());
  }

  static CalculationResult calculate(
      OpenRasEngine engine, org.openras.engine.request.CalculationRequest r, ScenarioSide choice) {
    ScenarioSide on = new ScenarioSide(choice.label(), null, choice.pins(), choice.overrides());
    return engine.calculate(CostAdapter.forSide(r, on), choice.overrides());
  }

  static Money pounds(long pence) {
    return Money.of(java.math.BigDecimal.valueOf(pence, 2));
  }
}
