package org.openras.engine.eligibility;

/** Fact: an outcome the rules counted as one the person is unable to achieve, and why. */
public final class CountedOutcome {
  private final OutcomeAssessment outcome;
  private final String citation;

  public CountedOutcome(OutcomeAssessment outcome, String citation) {
    this.outcome = outcome;
    this.citation = citation;
  }

  public OutcomeAssessment getOutcome() {
    return outcome;
  }

  public String getParty() {
    return outcome.getParty();
  }

  public String getCode() {
    return outcome.getCode();
  }

  /** The paragraphs under which it counts (the rule's {@code @source}). */
  public String getCitation() {
    return citation;
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
