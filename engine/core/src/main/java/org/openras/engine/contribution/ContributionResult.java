package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * The weekly contribution from a community-care financial assessment and how it was reached. The
 * steps the assessment did not need (everything after capital when capital exceeds the upper limit)
 * are null.
 *
 * @param weeklyContribution what the person pays a week (never negative, never above the cost)
 * @param costOfCare the weekly cost of care the contribution is capped at
 * @param costOfCareSource {@code weeklyCostOfCare} (the plan) or {@code ras.weeklyBudget}
 * @param netCouncilAmount cost of care less the contribution, never below zero
 * @param council the council overlay used (area, version, hash), or null
 * @param localOptions which local options applied: the overlay's label, or why none did
 * @param paysFullCost true when capital exceeds the upper limit
 * @param migCategory the personal-amount category of the Minimum Income Guarantee
 * @param statutoryMig the MIG from national figures (personal amount plus premiums)
 * @param minimumIncomeGuarantee the MIG used, after the council's options
 * @param maximumCharge the charge before the cap at the cost of care
 */
public record ContributionResult(
    Money weeklyContribution,
    Money costOfCare,
    String costOfCareSource,
    Money netCouncilAmount,
    CouncilOverlay council,
    String localOptions,
    boolean paysFullCost,
    Money countedCapital,
    Money tariffIncome,
    Money incomeCounted,
    Money incomeDisregarded,
    Money assessableIncome,
    String migCategory,
    Money statutoryMig,
    Money minimumIncomeGuarantee,
    Money housingCosts,
    Money disabilityRelatedExpenditure,
    Money allowances,
    Money disposableIncome,
    Money chargeableIncome,
    Money maximumCharge,
    boolean cappedAtCostOfCare) {

  /** The council overlay a result used: its area ({@code councils/<id>}), version and hash. */
  public record CouncilOverlay(String council, String area, String version, String hash) {}
}
