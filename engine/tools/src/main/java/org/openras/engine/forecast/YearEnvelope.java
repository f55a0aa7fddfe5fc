package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.util.List;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * The budget envelope for one forecast year: the affordability factor that brings the year's
 * forecast net council cost (baseline choice) to the target less contingency, or why none can.
 *
 * @param status MET, NEAREST_ONLY, TARGET_BELOW_RANGE, TARGET_ABOVE_RANGE (as the envelope), or
 *     LEVER_NOT_IN_FORCE when no adjustments version is in force on any day of the year for the
 *     reference people or young people, so the factor changes nothing
 * @param targetToMeet target × (1 − contingency), rounded down to the penny
 * @param forecastNet the year's forecast net cost as the rules give it (the report's total)
 * @param factor the factor found, four decimals; null when none
 * @param costAtFactor the forecast net cost at that factor; null when none
 * @param belowTarget targetToMeet − costAtFactor; null when none
 * @param costAtLowest the forecast net cost at the lowest factor allowed
 * @param costAtHighest the same at the highest
 * @param shareOfForecast targetToMeet ÷ forecastNet, four decimals, half up: the uniform cut (below
 *     1) or room (above 1) the target means, whatever lever the council uses; null when the
 *     forecast is zero
 * @param heldFixed groups whose cost the factor cannot be shown to change (no reference people
 *     costed, or none with a budget in the year): their cost is counted as it is at every factor
 * @param finding the sentence a finance officer reads
 */
public record YearEnvelope(
    int year,
    Money target,
    BigDecimal contingency,
    Money targetToMeet,
    Money forecastNet,
    String status,
    BigDecimal factor,
    Money costAtFactor,
    Money belowTarget,
    BigDecimal lowest,
    Money costAtLowest,
    BigDecimal highest,
    Money costAtHighest,
    BigDecimal shareOfForecast,
    List<PrimarySupportReason> heldFixed,
    String finding) {}
