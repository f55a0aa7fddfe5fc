package org.openras.engine.contribution;

import java.util.List;
import org.openras.engine.adjustment.AdjustmentResult;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;

/**
 * The weekly cost of meeting the needs (DESIGN.md §2 "which cost"): the agreed plan's cost when the
 * request gives it, otherwise the RAS indicative budget of the same calculation.
 */
public final class CostOfCare {
  public static final String PLAN = "weeklyCostOfCare";
  public static final String INDICATIVE_BUDGET = "ras.weeklyBudget";
  public static final String ADJUSTED_BUDGET = "adjustments.weeklyBudget";

  private final Money amount;
  private final String source;

  public CostOfCare(Money amount, String source) {
    this.amount = amount;
    this.source = source;
  }

  /**
   * DESIGN.md §2: the agreed plan's weekly cost when the request gives it, otherwise the indicative
   * budget after any in-year adjustment ({@code budget} null when no RAS figure was calculated).
   *
   * @throws InvalidRequestException naming weeklyCostOfCare when there is neither
   */
  public static CostOfCare of(CalculationRequest request, AdjustmentResult budget) {
    if (request.weeklyCostOfCare() != null) {
      return new CostOfCare(request.weeklyCostOfCare(), PLAN);
    }
    if (budget == null) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "weeklyCostOfCare",
                  "is required for a financial assessment when no indicative budget is"
                      + " calculated (no needs given, or the person was found not eligible and"
                      + " the figure was not asked for)")));
    }
    return new CostOfCare(
        budget.weeklyBudget(), budget.inForce() ? ADJUSTED_BUDGET : INDICATIVE_BUDGET);
  }

  public Money getAmount() {
    return amount;
  }

  /**
   * Where the figure came from: {@link #PLAN}, {@link #INDICATIVE_BUDGET}, or {@link
   * #ADJUSTED_BUDGET} when an in-year adjustment was in force.
   */
  public String getSource() {
    return source;
  }
}
