package org.openras.engine.envelope;

import java.util.function.LongUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Finds the factor, to four decimals, whose annual cost comes closest to a target without going
 * over it. The cost is a step function of the factor (budgets are whole pence), non-decreasing, so:
 * check the target lies within the costs at the range's ends; find where cost − target changes sign
 * with Commons Math's {@link BrentSolver}; then step along the four-decimal grid to the highest
 * factor whose cost is at or below the target.
 */
final class EnvelopeSolver {
  static final long SCALE = 10_000;
  private static final int MAX_EVALUATIONS = 200;

  /** What the search found; factors in ten-thousandths, money in pence. */
  record Found(
      Status status,
      long lowest,
      long lowestCost,
      long highest,
      long highestCost,
      long factor,
      long cost,
      long nextFactor,
      long nextCost,
      int evaluations) {}

  enum Status {
    /** Within a penny a week per person of the target, not over it. */
    MET,
    /** The nearest factors straddle the target by more than the tolerance. */
    NEAREST_ONLY,
    /** Even the lowest factor costs more than the target. */
    TARGET_BELOW_RANGE,
    /** Even the highest factor costs less than the target, by more than the tolerance. */
    TARGET_ABOVE_RANGE
  }

  private final LongUnaryOperator cost;
  private int evaluations;

  EnvelopeSolver(LongUnaryOperator annualCostAtFactor) {
    this.cost = annualCostAtFactor;
  }

  /**
   * @param tolerance the largest shortfall, in annual pence, that still counts as meeting the
   *     target
   */
  Found solve(long lowest, long highest, long target, long tolerance) {
    long lowCost = cost(lowest);
    long highCost = cost(highest);
    if (lowCost > target) {
      return found(Status.TARGET_BELOW_RANGE, lowest, lowCost, highest, highCost, -1, -1);
    }
    if (target - highCost > tolerance) {
      return found(Status.TARGET_ABOVE_RANGE, lowest, lowCost, highest, highCost, -1, -1);
    }
    long f = highCost <= target ? highest : brent(lowest, highest, target);
    while (f > lowest && cost(f) > target) {
      f--;
    }
    while (f < highest && cost(f + 1) <= target) {
      f++;
    }
    Status status = target - cost(f) <= tolerance ? Status.MET : Status.NEAREST_ONLY;
    return found(status, lowest, lowCost, highest, highCost, f, cost(f));
  }

  private long brent(long lowest, long highest, long target) {
    BrentSolver solver = new BrentSolver(0.5 / SCALE);
    double root =
        solver.solve(
            MAX_EVALUATIONS,
            x -> (double) (cost(Math.round(x * SCALE)) - target),
            (double) lowest / SCALE,
            (double) highest / SCALE);
    return Math.max(lowest, Math.min(highest, Math.round(root * SCALE)));
  }

  private Found found(
      Status status, long lo, long loCost, long hi, long hiCost, long factor, long factorCost) {
    long next = factor >= 0 && factor < hi ? factor + 1 : -1;
    long nextCost = next < 0 ? -1 : cost(next);
    return new Found(
        status, lo, loCost, hi, hiCost, factor, factorCost, next, nextCost, evaluations);
  }

  private long cost(long factor) {
    evaluations++;
    return cost.applyAsLong(factor);
  }
}
