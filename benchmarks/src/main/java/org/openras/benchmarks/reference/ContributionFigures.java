package org.openras.benchmarks.reference;

/**
 * The financial assessment of the plain-Java reference, in whole pence; a step the assessment did
 * not need (everything after capital when it pays the full cost) is {@link Pence#NONE}.
 *
 * @param councilOverlay the overlay version used, or null for national figures only
 */
public record ContributionFigures(
    long costOfCare,
    String costOfCareSource,
    String councilOverlay,
    boolean paysFullCost,
    long countedCapital,
    long tariffIncome,
    long incomeCounted,
    long incomeDisregarded,
    long assessableIncome,
    String migCategory,
    long statutoryMig,
    long minimumIncomeGuarantee,
    long housingCosts,
    long disabilityRelatedExpenditure,
    long allowances,
    long disposableIncome,
    long chargeableIncome,
    long maximumCharge,
    long weeklyContribution,
    long netCouncilAmount) {

  /** Collects the figures step by step. */
  static final class Builder {
    private final long cost;
    private final String costSource;
    private final String overlay;
    boolean paysFullCost;
    long countedCapital = Pence.NONE;
    long tariffIncome = Pence.NONE;
    long incomeCounted = Pence.NONE;
    long incomeDisregarded = Pence.NONE;
    long assessableIncome = Pence.NONE;
    String migCategory;
    long statutoryMig = Pence.NONE;
    long minimumIncomeGuarantee = Pence.NONE;
    long housingCosts = Pence.NONE;
    long disabilityRelatedExpenditure = Pence.NONE;
    long allowances = Pence.NONE;
    long disposableIncome = Pence.NONE;
    long chargeableIncome = Pence.NONE;
    long maximumCharge = Pence.NONE;
    long contribution = Pence.NONE;
    long netCouncilAmount = Pence.NONE;

    Builder(long cost, String costSource, String overlay) {
      this.cost = cost;
      this.costSource = costSource;
      this.overlay = overlay;
    }

    ContributionFigures build() {
      return new ContributionFigures(
          cost,
          costSource,
          overlay,
          paysFullCost,
          countedCapital,
          tariffIncome,
          incomeCounted,
          incomeDisregarded,
          assessableIncome,
          migCategory,
          statutoryMig,
          minimumIncomeGuarantee,
          housingCosts,
          disabilityRelatedExpenditure,
          allowances,
          disposableIncome,
          chargeableIncome,
          maximumCharge,
          contribution,
          netCouncilAmount);
    }
  }
}
