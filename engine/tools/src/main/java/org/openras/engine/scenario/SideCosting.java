package org.openras.engine.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;

/**
 * Costs one person under one side: on one date, or over a financial year, period by period (a side
 * with a date is costed on that date's rules for every day of the year).
 */
final class SideCosting {
  /** The side's figures, and every calculation behind them (one per period costed). */
  record Costed(SideFigures figures, List<CalculationResult> results) {}

  /** Thrown with the first calculation that gave no indicative budget (found not eligible). */
  static final class NoBudget extends RuntimeException {
    final transient CalculationResult result;

    NoBudget(CalculationResult result) {
      super(null, null, false, false);
      this.result = result;
    }
  }

  private final OpenRasEngine engine;
  private final ScenarioSide side;
  private final FinancialYear year;
  private final List<CostPeriod> periods;

  SideCosting(
      OpenRasEngine engine, ScenarioSide side, FinancialYear year, List<CostPeriod> periods) {
    this.engine = engine;
    this.side = side;
    this.year = year;
    this.periods = periods;
  }

  Costed cost(CalculationRequest request) {
    if (year == null) {
      CalculationResult r = calculate(request, side.date());
      return new Costed(CostAdapter.figures(r), List.of(r));
    }
    if (side.date() != null) {
      CalculationResult r = calculate(request, side.date());
      return new Costed(
          new PartYear().add(CostAdapter.figures(r), year.days()).figures(), List.of(r));
    }
    PartYear part = new PartYear();
    List<CalculationResult> results = new ArrayList<>(periods.size());
    for (CostPeriod p : periods) {
      CalculationResult r = calculate(request, p.from());
      part.add(CostAdapter.figures(r), p.days());
      results.add(r);
    }
    return new Costed(part.figures(), results);
  }

  private CalculationResult calculate(CalculationRequest request, LocalDate date) {
    ScenarioSide on = new ScenarioSide(side.label(), date, side.pins(), side.overrides());
    CalculationResult result = engine.calculate(CostAdapter.forSide(request, on), side.overrides());
    if (result.ras() == null) {
      throw new NoBudget(result);
    }
    return result;
  }
}
