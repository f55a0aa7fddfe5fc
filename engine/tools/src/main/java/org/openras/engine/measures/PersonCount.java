package org.openras.engine.measures;

import org.openras.engine.request.PrimarySupportReason;

/**
 * How one person of the register was counted by one measure in one period.
 *
 * @param personRef the pseudonymous reference
 * @param clientType a person who uses services or a carer
 * @param clientGroup the primary support reason, when recorded
 * @param inDenominator counted in the denominator
 * @param inNumerator counted in the numerator (only when in the denominator)
 * @param exclusion why not in the denominator; absent when in it
 * @param setting the one setting the person is counted in, when any support was open
 * @param management the one way of managing the budget the person is counted with, when counted
 * @param lines how many lines of the register were open for the person
 * @param words the reason in a sentence
 */
public record PersonCount(
    String personRef,
    ClientType clientType,
    PrimarySupportReason clientGroup,
    boolean inDenominator,
    boolean inNumerator,
    Exclusion exclusion,
    SupportSetting setting,
    BudgetManagement management,
    int lines,
    String words) {}
