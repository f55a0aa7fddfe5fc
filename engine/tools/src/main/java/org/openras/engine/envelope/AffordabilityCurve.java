package org.openras.engine.envelope;

import java.math.BigDecimal;
import java.util.function.LongUnaryOperator;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.scenario.CostPeriod;
import org.openras.engine.scenario.ScenarioSide;

/**
 * The envelope's cost model and solver for callers outside this package (a medium-term forecast,
 * ADR 0031): people are added one by one, each over their own periods (a young person from the day
 * they arrive), and the curve gives their annual net cost at any affordability factor, and as the
 * rules give it. The same {@link EnvelopeModel} and {@link EnvelopeSolver} as {@link
 * EnvelopeRunner}.
 */
public final class AffordabilityCurve {
  /** Factors in ten-thousandths: 10 000 is a factor of 1. */
  public static final long SCALE = EnvelopeSolver.SCALE;

  private final OpenRasEngine engine;
  private final EnvelopeModel model;

  /** An empty curve whose people are costed by {@code engine} under {@code side}'s pins. */
  public AffordabilityCurve(OpenRasEngine engine, ScenarioSide side) {
    this.engine = engine;
    this.model = EnvelopeModel.of(side);
  }

  /** Costs one person over {@code periods}; false when the engine cannot cost them on one. */
  public boolean add(CalculationRequest request, java.util.List<CostPeriod> periods) {
    return model.add(engine, request, periods);
  }

  /** People costed. */
  public int people() {
    return model.people();
  }

  /** People the engine could not cost (no budget on a period, or an error). */
  public long notCosted() {
    return model.problems;
  }

  /** Whether an adjustments version is in force on any period of anyone costed. */
  public boolean leverInForce() {
    return model.leverPeriods() > 0;
  }

  /** The people's annual net cost, in pence, with the affordability factor {@code f} ÷ 10 000. */
  public long annual(long f) {
    return model.annual(f);
  }

  /** The people's annual net cost, in pence, as the rules give it (their own factor). */
  public long asRuled() {
    return model.asRuled();
  }

  /**
   * What the solver found for a cost function: the status (MET, NEAREST_ONLY, TARGET_BELOW_RANGE,
   * TARGET_ABOVE_RANGE), the chosen factor and its cost (-1 when none), and the costs at the
   * range's ends. Factors in ten-thousandths, money in pence.
   */
  public record Solution(
      String status, long factor, long cost, long lowestCost, long highestCost, int evaluations) {}

  /**
   * Solves as the envelope does: the highest factor in [lowest, highest] whose cost is at or below
   * {@code target}, met when short of it by at most {@code tolerance}. {@code cost} must not
   * decrease as the factor rises.
   */
  public static Solution solve(
      LongUnaryOperator cost, BigDecimal lowest, BigDecimal highest, long target, long tolerance) {
    EnvelopeSolver.Found f =
        new EnvelopeSolver(cost)
            .solve(
                lowest.movePointRight(4).longValueExact(),
                highest.movePointRight(4).longValueExact(),
                target,
                tolerance);
    return new Solution(
        f.status().name(), f.factor(), f.cost(), f.lowestCost(), f.highestCost(), f.evaluations());
  }
}
