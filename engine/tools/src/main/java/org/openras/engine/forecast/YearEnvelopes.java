package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.envelope.AffordabilityCurve;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.scenario.CostPeriod;
import org.openras.engine.scenario.FinancialYear;
import org.openras.engine.scenario.YearPeriods;

/**
 * The budget envelope per forecast year (ADR 0031): the envelope's lever (the adjustments version's
 * affordability factor) and solver, applied to a forecast whose people are counts.
 *
 * <p>The forecast caseload has no needs, so the engine cannot cost it at a factor. Each group's
 * reference people are costed over the year (under the baseline choice) by the envelope's model,
 * which gives their annual net at any factor; the group's forecast caseload cost moves in the same
 * proportion: caseload(F) = caseload × reference(F) ÷ reference as the rules give it, to the penny
 * half up. The young people arriving are costed by the same model from the day each arrives, and
 * their net moves likewise. The solver then finds the highest factor, to four decimals, whose
 * forecast total is at or below the target less contingency, met when within a penny a week per
 * forecast person (the envelope's tolerance).
 */
public final class YearEnvelopes {
  private YearEnvelopes() {}

  public static List<YearEnvelope> solve(
      BudgetPlan plan, PolicyCosting baseline, EnvelopeTargets targets, ForecastSpec spec) {
    List<YearEnvelope> out = new ArrayList<>();
    for (Integer year : targets.targets().keySet()) {
      if (year < spec.firstYear() || year > spec.lastYear()) {
        throw new IllegalArgumentException(
            "An envelope is given for "
                + ForecastReport.FinancialYearLabel.of(year)
                + ", outside the forecast's years");
      }
      out.add(year(plan, baseline, targets, year));
    }
    return List.copyOf(out);
  }

  private static YearEnvelope year(
      BudgetPlan plan, PolicyCosting baseline, EnvelopeTargets targets, int year) {
    OpenRasEngine engine = baseline.engine();
    FinancialYear fy = FinancialYear.of(year);
    List<CostPeriod> periods = engine == null ? List.of() : YearPeriods.of(fy, engine.catalogue());
    Map<PrimarySupportReason, AffordabilityCurve> curves =
        new EnumMap<>(PrimarySupportReason.class);
    for (CalculationRequest r : baseline.reference()) {
      if (r.person() == null || r.person().primarySupportReason() == null) {
        continue;
      }
      curves
          .computeIfAbsent(
              r.person().primarySupportReason(),
              g -> new AffordabilityCurve(engine, baseline.choice().side()))
          .add(r, periods);
    }
    AffordabilityCurve young =
        engine == null ? null : new AffordabilityCurve(engine, baseline.choice().side());
    for (YoungPerson p : baseline.cohort()) {
      LocalDate arrival = p.arrival();
      if (arrival.isAfter(fy.to())) {
        continue;
      }
      List<CostPeriod> own = new ArrayList<>();
      for (CostPeriod c : periods) {
        if (!c.to().isBefore(arrival)) {
          own.add(new CostPeriod(c.from().isBefore(arrival) ? arrival : c.from(), c.to()));
        }
      }
      young.add(p.request(arrival), own);
    }
    List<Term> terms = new ArrayList<>();
    List<PrimarySupportReason> heldFixed = new ArrayList<>();
    long people = 0;
    long transitions = 0;
    for (YearCost c : plan.rows()) {
      if (c.year() != year) {
        continue;
      }
      people += Math.round(c.people().point());
      transitions += pence(c.transitionsNet());
      AffordabilityCurve curve = curves.get(c.group());
      if (curve == null || curve.asRuled() == 0) {
        if (!c.caseloadNet().isZero()) {
          heldFixed.add(c.group());
        }
        terms.add(new Term(pence(c.caseloadNet()), null));
      } else {
        terms.add(new Term(pence(c.caseloadNet()), curve));
      }
    }
    if (young != null && young.people() > 0) {
      people += young.people();
      terms.add(new Term(transitions, young.asRuled() == 0 ? null : young));
    } else {
      terms.add(new Term(transitions, null));
    }
    long target = targets.targetPence(year);
    long asRuled = terms.stream().mapToLong(t -> t.pence).sum();
    boolean lever = terms.stream().anyMatch(t -> t.curve != null && t.curve.leverInForce());
    Money forecast = Transitions.pounds(asRuled);
    BigDecimal share =
        asRuled == 0
            ? null
            : BigDecimal.valueOf(target)
                .divide(BigDecimal.valueOf(asRuled), 4, RoundingMode.HALF_UP);
    if (!lever) {
      return new YearEnvelope(
          year,
          targets.targets().get(year),
          targets.contingency(),
          Transitions.pounds(target),
          forecast,
          "LEVER_NOT_IN_FORCE",
          null,
          null,
          null,
          targets.lowest(),
          forecast,
          targets.highest(),
          forecast,
          share,
          List.copyOf(heldFixed),
          "No adjustments version is in force on any day of "
              + fy
              + " for the reference people or young people, so the affordability factor changes"
              + " nothing: the forecast costs £"
              + forecast
              + " whatever the factor. Meeting the target of £"
              + Transitions.pounds(target)
              + " needs "
              + (share == null ? "a forecast to compare" : share.toPlainString())
              + " × the forecast by another lever (a rule-set version for the year).");
    }
    long tolerance = Math.floorDiv(people * fy.days(), 7);
    AffordabilityCurve.Solution s =
        AffordabilityCurve.solve(
            f -> terms.stream().mapToLong(t -> t.at(f)).sum(),
            targets.lowest(),
            targets.highest(),
            target,
            tolerance);
    boolean found = s.factor() >= 0;
    BigDecimal factor = found ? BigDecimal.valueOf(s.factor(), 4) : null;
    String finding;
    if (!found) {
      finding =
          "TARGET_BELOW_RANGE".equals(s.status())
              ? "No factor from "
                  + targets.lowest().toPlainString()
                  + " can meet the target of £"
                  + Transitions.pounds(target)
                  + ": even the lowest costs £"
                  + Transitions.pounds(s.lowestCost())
                  + "."
              : "No factor up to "
                  + targets.highest().toPlainString()
                  + " reaches the target of £"
                  + Transitions.pounds(target)
                  + ": even the highest costs £"
                  + Transitions.pounds(s.highestCost())
                  + ", more than a penny a week per person below it.";
    } else {
      finding =
          "Affordability factor "
              + factor.toPlainString()
              + " brings the forecast to £"
              + Transitions.pounds(s.cost())
              + ", £"
              + Transitions.pounds(target - s.cost())
              + " below the target of £"
              + Transitions.pounds(target)
              + ("MET".equals(s.status())
                  ? ": within a penny a week per person."
                  : ": the nearest at four decimals without going over.");
    }
    return new YearEnvelope(
        year,
        targets.targets().get(year),
        targets.contingency(),
        Transitions.pounds(target),
        forecast,
        s.status(),
        factor,
        found ? Transitions.pounds(s.cost()) : null,
        found ? Transitions.pounds(target - s.cost()) : null,
        targets.lowest(),
        Transitions.pounds(s.lowestCost()),
        targets.highest(),
        Transitions.pounds(s.highestCost()),
        share,
        List.copyOf(heldFixed),
        finding);
  }

  /** One part of a year's cost: fixed, or moving with a curve in proportion. */
  private record Term(long pence, AffordabilityCurve curve) {
    long at(long factor) {
      if (curve == null) {
        return pence;
      }
      BigDecimal exact =
          BigDecimal.valueOf(pence)
              .multiply(BigDecimal.valueOf(curve.annual(factor)))
              .divide(BigDecimal.valueOf(curve.asRuled()), 0, RoundingMode.HALF_UP);
      return exact.longValueExact();
    }
  }

  private static long pence(Money m) {
    return m.amount().movePointRight(2).longValueExact();
  }
}
