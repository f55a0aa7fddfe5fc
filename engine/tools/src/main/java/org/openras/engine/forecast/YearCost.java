package org.openras.engine.forecast;

import java.math.BigDecimal;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * One client group's net council cost in one forecast financial year.
 *
 * @param year the financial year's first calendar year
 * @param group the client group
 * @param people the forecast average caseload with its interval
 * @param rules the factor by which the rules in force in the year change the group's cost per
 *     person ({@link RulePricing}; 1 without a reference caseload)
 * @param inflation the cumulative price inflation factor applied
 * @param weeklyCostPerPerson the history's weekly net cost per person × {@code rules} × {@code
 *     inflation}, to the penny, half up
 * @param caseloadNet people × weekly cost per person × days in the year ÷ 7, to the penny, half up
 * @param caseloadNetLower the same at the interval's lower end
 * @param caseloadNetUpper the same at the interval's upper end
 * @param arrivals young people of this group arriving in the year
 * @param transitionsNet the engine's net cost of every young person of this group in the year
 *     (arrived this year or before, within the forecast)
 * @param totalNet caseload plus transitions
 */
public record YearCost(
    int year,
    PrimarySupportReason group,
    Interval people,
    BigDecimal rules,
    BigDecimal inflation,
    Money weeklyCostPerPerson,
    Money caseloadNet,
    Money caseloadNetLower,
    Money caseloadNetUpper,
    int arrivals,
    Money transitionsNet,
    Money totalNet) {}
