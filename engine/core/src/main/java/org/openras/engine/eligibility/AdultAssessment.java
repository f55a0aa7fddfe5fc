package org.openras.engine.eligibility;

/**
 * Fact: the practitioner's findings on the adult's Care Act conditions 1 and 3 (SI 2015/313 reg
 * 2(1)(a) and (c)); condition 2 comes from the {@link OutcomeAssessment} facts.
 */
public final class AdultAssessment {
  private final boolean impairmentOrIllness;
  private final boolean significantImpactOnWellbeing;

  public AdultAssessment(boolean impairmentOrIllness, boolean significantImpactOnWellbeing) {
    this.impairmentOrIllness = impairmentOrIllness;
    this.significantImpactOnWellbeing = significantImpactOnWellbeing;
  }

  public boolean isImpairmentOrIllness() {
    return impairmentOrIllness;
  }

  public boolean isSignificantImpactOnWellbeing() {
    return significantImpactOnWellbeing;
  }
}
