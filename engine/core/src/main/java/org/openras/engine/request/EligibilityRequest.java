package org.openras.engine.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eligibility section of a calculation request. Which fields apply depends on the framework in
 * force on the assessment date: the Care Act 2014 fields from 2015-04-01, {@code riskFactors} under
 * FACS before then. A field of the other framework is refused, naming the framework that applies.
 *
 * @param impairmentOrIllness Care Act condition 1: the needs arise from or are related to a
 *     physical or mental impairment or illness (SI 2015/313 reg 2(1)(a))
 * @param outcomes the outcomes the adult is unable to achieve, by code, each with the limbs that
 *     apply; an outcome left out is one the adult can achieve
 * @param significantImpactOnWellbeing Care Act condition 3, the practitioner's judgement (reg
 *     2(1)(c)); never derived
 * @param carer the adult's carer, assessed under reg 3; optional
 * @param riskFactors FACS only: the risk factors recorded, by code; absent or empty, none
 * @param rasWhenNotEligible give the RAS figure even when the adult is found not eligible (it is
 *     then flagged); default false
 */
public record EligibilityRequest(
    Boolean impairmentOrIllness,
    Map<String, OutcomeRecord> outcomes,
    Boolean significantImpactOnWellbeing,
    CarerRequest carer,
    List<String> riskFactors,
    Boolean rasWhenNotEligible) {

  public EligibilityRequest {
    outcomes = ordered(outcomes);
    // Absent and empty mean the same (docs/adr/0023): no risk factors recorded.
    riskFactors =
        riskFactors == null || riskFactors.isEmpty()
            ? null
            : Collections.unmodifiableList(riskFactors);
  }

  /**
   * Keeps the caller's order and any null value, which validation names; null and empty are both
   * absent (no outcome recorded as one that cannot be achieved).
   */
  static Map<String, OutcomeRecord> ordered(Map<String, OutcomeRecord> map) {
    return map == null || map.isEmpty()
        ? null
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The FACS risk factors recorded: none when the field is absent or empty. */
  public List<String> riskFactorsRecorded() {
    return riskFactors == null ? List.of() : riskFactors;
  }

  public boolean rasWanted() {
    return Boolean.TRUE.equals(rasWhenNotEligible);
  }

  /**
   * One outcome recorded as one the person is unable to achieve.
   *
   * @param limbs why it cannot be achieved: at least one limb code of the version in force
   * @param fluctuating the need fluctuates and the limbs were seen over the assessment period (reg
   *     2(4))
   * @param metByCarer a carer is meeting this need today; it still counts for the adult
   */
  public record OutcomeRecord(List<String> limbs, Boolean fluctuating, Boolean metByCarer) {
    public boolean isFluctuating() {
      return Boolean.TRUE.equals(fluctuating);
    }

    public boolean isMetByCarer() {
      return Boolean.TRUE.equals(metByCarer);
    }
  }

  /**
   * The adult's carer, with the carer's own pseudonymous reference.
   *
   * @param necessaryCare the carer's needs arise from providing necessary care (reg 3(1)(a))
   * @param healthAtRisk the carer's physical or mental health is, or is at risk of, deteriorating
   *     (reg 3(2)(a))
   * @param outcomes the carer outcomes the carer is unable to achieve, with limbs (three for
   *     carers)
   * @param significantImpactOnWellbeing the practitioner's judgement (reg 3(1)(c))
   */
  public record CarerRequest(
      String carerRef,
      Boolean necessaryCare,
      Boolean healthAtRisk,
      Map<String, OutcomeRecord> outcomes,
      Boolean significantImpactOnWellbeing) {
    public CarerRequest {
      outcomes = ordered(outcomes);
    }
  }
}
