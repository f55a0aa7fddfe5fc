package org.openras.engine.eligibility;

/**
 * Fact: the decision for the adult or the carer, in the words of the rule that made it, with its
 * citation. Under FACS it also names the band and the council's threshold band.
 */
public final class EligibilityDecision {
  private final String party;
  private final boolean eligible;
  private final String statement;
  private final String citation;
  private String band;
  private String threshold;

  public EligibilityDecision(String party, boolean eligible, String statement, String citation) {
    this.party = party;
    this.eligible = eligible;
    this.statement = statement;
    this.citation = citation;
  }

  /** Records the FACS band and threshold the decision compared; returns this decision. */
  public EligibilityDecision banded(String band, String threshold) {
    this.band = band;
    this.threshold = threshold;
    return this;
  }

  public String getParty() {
    return party;
  }

  public boolean isEligible() {
    return eligible;
  }

  public String getStatement() {
    return statement;
  }

  public String getCitation() {
    return citation;
  }

  public String getBand() {
    return band;
  }

  public String getThreshold() {
    return threshold;
  }

  /** True for a fact about the adult: rules in named stages match {@code (adult)}, not a string. */
  public boolean isAdult() {
    return OutcomeAssessment.ADULT.equals(getParty());
  }

  /** True for a fact about the carer: rules in named stages match {@code (carer)}. */
  public boolean isCarer() {
    return OutcomeAssessment.CARER.equals(getParty());
  }
}
