package org.openras.service.agreed;

import java.time.LocalDate;
import org.openras.engine.money.Money;

/**
 * A proposed agreed budget for a recorded calculation.
 *
 * @param agreedWeeklyBudget the weekly personal budget proposed, in pounds
 * @param supportPlanWeeklyCost the support plan's weekly cost, in pounds
 * @param reasonCode why it differs from the indicative figure: a code of {@code
 *     openras.agreed-budgets.reasons}; required when it differs
 * @param reasonText free text beside the reason (at most 2,000 characters)
 * @param startsOn the first day of the agreed budget; absent, today
 */
public record BudgetProposal(
    Money agreedWeeklyBudget,
    Money supportPlanWeeklyCost,
    String reasonCode,
    String reasonText,
    LocalDate startsOn) {}
