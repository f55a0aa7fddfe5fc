package org.openras.engine.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The eligibility decisions of one calculation. "Not eligible" is a decision with reasons, never an
 * error.
 *
 * @param framework {@code CARE_ACT_2014} or {@code FACS}, by the version in force on the date
 * @param adult the adult's decision
 * @param carer the carer's decision, or null when the request had no carer section
 * @param rasBasis on what footing the RAS figure is given ({@code ELIGIBLE}, {@code
 *     NOT_ELIGIBLE_SHOWN_ON_REQUEST}, or {@code NOT_ELIGIBLE_NO_FIGURE}); null when the request did
 *     not ask for a RAS figure
 * @param rasNote the sentence of the rule that set the basis, with its source; null likewise
 */
public record EligibilityResult(
    String framework,
    String title,
    Decision adult,
    Decision carer,
    String rasBasis,
    String rasNote) {

  /**
   * One person's decision.
   *
   * @param reference the carer's own pseudonymous reference (null for the adult: see personRef)
   * @param summary the words of the rule that decided, e.g. "All three conditions are met ..."
   * @param citation the regulation and paragraph of the test as a whole
   * @param conditions every condition, met or failed, each with its own citation
   * @param outcomesCounted Care Act: the outcomes counted as ones that cannot be achieved, with the
   *     limbs for each
   * @param facs FACS only: band, threshold and the risk factors recorded
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Decision(
      String party,
      String reference,
      boolean eligible,
      String summary,
      String citation,
      List<Condition> conditions,
      List<OutcomeCounted> outcomesCounted,
      Facs facs) {}

  /** One condition of the test: met or failed, in the rule's words, with its paragraph. */
  public record Condition(String condition, boolean met, String statement, String citation) {}

  /** An outcome counted as one the person cannot achieve, and the limbs that make it so. */
  public record OutcomeCounted(
      String code,
      String title,
      List<String> limbs,
      boolean fluctuating,
      boolean metByCarer,
      String citation) {}

  /**
   * The FACS banding: the person's band (null for none) and where the band is described, the
   * council's threshold band, and the risk factors recorded.
   */
  public record Facs(
      String band, String bandCitation, String threshold, List<RiskFactorRecorded> riskFactors) {}

  /** A risk factor recorded, with the band it belongs to. */
  public record RiskFactorRecorded(String code, String title, String band) {}
}
