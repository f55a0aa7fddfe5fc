package org.openras.engine.eligibility;

import java.util.List;

/**
 * Fact: one outcome recorded as one the adult (or the carer) is unable to achieve, with the limbs
 * that apply. Whether a carer meets the need today is carried only so the rules can say that it
 * does not matter.
 */
public final class OutcomeAssessment {
  public static final String ADULT = "adult";
  public static final String CARER = "carer";

  private final String party;
  private final String code;
  private final String title;
  private final List<String> limbs;
  private final boolean fluctuating;
  private final boolean metByCarer;

  public OutcomeAssessment(
      String party,
      String code,
      String title,
      List<String> limbs,
      boolean fluctuating,
      boolean metByCarer) {
    this.party = party;
    this.code = code;
    this.title = title;
    this.limbs = List.copyOf(limbs);
    this.fluctuating = fluctuating;
    this.metByCarer = metByCarer;
  }

  public String getParty() {
    return party;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public List<String> getLimbs() {
    return limbs;
  }

  public boolean isFluctuating() {
    return fluctuating;
  }

  public boolean isMetByCarer() {
    return metByCarer;
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
