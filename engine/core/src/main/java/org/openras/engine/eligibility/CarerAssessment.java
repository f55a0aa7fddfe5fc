package org.openras.engine.eligibility;

/** Fact: the practitioner's findings on the carer's conditions (SI 2015/313 reg 3). */
public final class CarerAssessment {
  private final String carerRef;
  private final boolean necessaryCare;
  private final boolean healthAtRisk;
  private final boolean significantImpactOnWellbeing;

  public CarerAssessment(
      String carerRef,
      boolean necessaryCare,
      boolean healthAtRisk,
      boolean significantImpactOnWellbeing) {
    this.carerRef = carerRef;
    this.necessaryCare = necessaryCare;
    this.healthAtRisk = healthAtRisk;
    this.significantImpactOnWellbeing = significantImpactOnWellbeing;
  }

  public String getCarerRef() {
    return carerRef;
  }

  public boolean isNecessaryCare() {
    return necessaryCare;
  }

  public boolean isHealthAtRisk() {
    return healthAtRisk;
  }

  public boolean isSignificantImpactOnWellbeing() {
    return significantImpactOnWellbeing;
  }
}
