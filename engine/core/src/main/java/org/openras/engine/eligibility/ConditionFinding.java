package org.openras.engine.eligibility;

/**
 * Fact: one condition of the eligibility test, met or failed, stated in the words of the rule that
 * decided it and cited to its paragraph (the rule's {@code @source}).
 */
public final class ConditionFinding {
  private final String party;
  private final String condition;
  private final boolean met;
  private final String statement;
  private final String citation;

  public ConditionFinding(
      String party, String condition, boolean met, String statement, String citation) {
    this.party = party;
    this.condition = condition;
    this.met = met;
    this.statement = statement;
    this.citation = citation;
  }

  public String getParty() {
    return party;
  }

  public String getCondition() {
    return condition;
  }

  public boolean isMet() {
    return met;
  }

  public String getStatement() {
    return statement;
  }

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

  /** Which Care Act condition this finds met or failed; null for a FACS threshold finding. */
  public CareActCondition getCareActCondition() {
    return CareActCondition.of(condition);
  }
}
