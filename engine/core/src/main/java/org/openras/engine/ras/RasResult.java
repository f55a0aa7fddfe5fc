package org.openras.engine.ras;

import java.math.BigDecimal;
import java.util.List;
import org.openras.engine.money.Money;

/**
 * The indicative personal budget and how it was reached. The figure is indicative (statutory
 * guidance 11.24): the final budget is the cost of a support plan that meets the eligible needs.
 *
 * @param basis on what footing the figure is given: {@code ELIGIBLE} for a person found eligible;
 *     {@code NOT_ELIGIBLE_SHOWN_ON_REQUEST} for a person found not eligible whose request asked for
 *     the figure ({@code eligibility.rasWhenNotEligible}); {@code ELIGIBILITY_NOT_ASSESSED} when
 *     the request carried no eligibility section (DESIGN.md §5)
 * @param totalPoints the sum of the domains' points after deflation
 * @param calculatedWeeklyBudget total points times the price per point, before the floor
 * @param weeklyBudget the indicative weekly budget (never below the floor when points are scored)
 * @param panelReview true when the weekly budget is above the ceiling and goes to a panel; the
 *     figure is still given
 * @param typicalRange the range people with similar needs typically received, when the version
 *     carries a calibration's prediction interval; otherwise null
 */
public record RasResult(
    String basis,
    String primarySupportReason,
    List<DomainResult> domains,
    int totalPointsBeforeDeflation,
    int totalPoints,
    Money pricePerPoint,
    Money calculatedWeeklyBudget,
    Money floor,
    boolean floorApplied,
    Money weeklyBudget,
    Money ceiling,
    boolean panelReview,
    BigDecimal weeksPerYear,
    Money annualBudget,
    TypicalRange typicalRange) {

  public static final String ELIGIBILITY_NOT_ASSESSED = "ELIGIBILITY_NOT_ASSESSED";

  /** The person's needs were found eligible (eligibility area). */
  public static final String ELIGIBLE = "ELIGIBLE";

  /** The person was found not eligible; the figure is given because the request asked for it. */
  public static final String NOT_ELIGIBLE_SHOWN_ON_REQUEST = "NOT_ELIGIBLE_SHOWN_ON_REQUEST";

  /** One domain: the answer, the statement it stands for, and its points before and after. */
  public record DomainResult(
      String domain,
      String title,
      int level,
      String statement,
      int points,
      BigDecimal informalSupportShare,
      int pointsAfterDeflation) {}
}
