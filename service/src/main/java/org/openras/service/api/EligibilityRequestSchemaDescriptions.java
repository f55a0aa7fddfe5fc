package org.openras.service.api;

import java.util.List;

/**
 * The words for the eligibility section of a request (the engine's eligibility package-info
 * documents the whole shape). The codes listed are those of the versions' criteria.yaml, which stay
 * the authoritative lists; a test checks the two agree.
 */
final class EligibilityRequestSchemaDescriptions {
  static final List<String> ADULT_LIMBS =
      List.of(
          "WITHOUT_ASSISTANCE",
          "SIGNIFICANT_PAIN_DISTRESS_ANXIETY",
          "ENDANGERS_HEALTH_OR_SAFETY",
          "TAKES_SIGNIFICANTLY_LONGER");

  static final List<String> FACS_RISK_FACTORS =
      List.of(
          "LIFE_THREATENED", "SIGNIFICANT_HEALTH_PROBLEMS",
          "NO_CHOICE_AND_CONTROL_OVER_VITAL_ASPECTS", "SERIOUS_ABUSE_OR_NEGLECT",
          "VITAL_PERSONAL_CARE_OR_DOMESTIC_ROUTINES", "VITAL_WORK_EDUCATION_OR_LEARNING",
          "VITAL_SOCIAL_SUPPORT_SYSTEMS", "VITAL_FAMILY_AND_SOCIAL_ROLES",
          "PARTIAL_CHOICE_AND_CONTROL", "ABUSE_OR_NEGLECT",
          "MAJORITY_PERSONAL_CARE_OR_DOMESTIC_ROUTINES", "MANY_WORK_EDUCATION_OR_LEARNING",
          "MAJORITY_SOCIAL_SUPPORT_SYSTEMS", "MAJORITY_FAMILY_AND_SOCIAL_ROLES",
          "SEVERAL_PERSONAL_CARE_OR_DOMESTIC_ROUTINES", "SEVERAL_WORK_EDUCATION_OR_LEARNING",
          "SEVERAL_SOCIAL_SUPPORT_SYSTEMS", "SEVERAL_FAMILY_AND_SOCIAL_ROLES",
          "ONE_OR_TWO_PERSONAL_CARE_OR_DOMESTIC_ROUTINES", "ONE_OR_TWO_WORK_EDUCATION_OR_LEARNING",
          "ONE_OR_TWO_SOCIAL_SUPPORT_SYSTEMS", "ONE_OR_TWO_FAMILY_AND_SOCIAL_ROLES");

  static final SchemaWords WORDS =
      new SchemaWords()
          .schema(
              "EligibilityRequest",
              "The eligibility section of a request. Which fields apply depends on the framework"
                  + " in force on the assessment date: the Care Act 2014 fields from 2015-04-01,"
                  + " riskFactors under Fair Access to Care Services (FACS) before then. A field of"
                  + " the other framework is refused, naming the framework that applies.")
          .field(
              "impairmentOrIllness",
              "Care Act, required. Condition 1: the needs arise from or are related to a physical"
                  + " or mental impairment or illness (SI 2015/313 reg 2(1)(a)).")
          .field(
              "outcomes",
              "Care Act. Condition 2: the outcomes the adult is unable to achieve, keyed by"
                  + " outcome code, each with the limbs that apply; an outcome left out is one the"
                  + " adult can achieve. Codes a to j (SI 2015/313 reg 2(2)): a nutrition, b"
                  + " personal hygiene, c toilet needs, d being appropriately clothed, e using the"
                  + " home safely, f a habitable home, g family or other personal relationships, h"
                  + " work, training, education or volunteering, i facilities or services in the"
                  + " local community, j caring for a child. The authoritative list is the"
                  + " version's criteria.yaml (rules/eligibility/2015-04-01/criteria.yaml).")
          .field(
              "significantImpactOnWellbeing",
              "Care Act, required. Condition 3: as a consequence there is, or is likely to be, a"
                  + " significant impact on the adult's wellbeing; the practitioner's judgement,"
                  + " never derived (SI 2015/313 reg 2(1)(c)).")
          .field(
              "carer",
              "Care Act, optional: the adult's carer, assessed under SI 2015/313 reg 3, with the"
                  + " carer's own pseudonymous reference.")
          .field(
              "riskFactors",
              "FACS only (before 2015-04-01), required there: the risk factors recorded, by code."
                  + " The person's band is the highest band with a factor recorded, eligible at or"
                  + " above the council's threshold band. Codes, CRITICAL band first: "
                  + String.join(", ", FACS_RISK_FACTORS)
                  + ". The authoritative list, with each code's band and words, is"
                  + " rules/eligibility/2003-04-01/criteria.yaml.")
          .field(
              "rasWhenNotEligible",
              "Give the RAS figure even when the adult is found not eligible; it is then marked"
                  + " NOT_ELIGIBLE_SHOWN_ON_REQUEST. Absent means false: no figure for a person"
                  + " found not eligible.")
          .schema(
              "OutcomeRecord",
              "One outcome recorded as one the person is unable to achieve, with the limbs that"
                  + " make it so (SI 2015/313 reg 2(3) for the adult, reg 3(3) for the carer).")
          .field(
              "limbs",
              "Why the outcome cannot be achieved: at least one limb code. Adult (reg 2(3)): "
                  + String.join(", ", ADULT_LIMBS)
                  + "; carer (reg 3(3)): the first three only. The authoritative list is the"
                  + " version's criteria.yaml (rules/eligibility/2015-04-01/criteria.yaml).")
          .field(
              "fluctuating",
              "The need fluctuates and the limbs were judged over the assessment period (SI"
                  + " 2015/313 reg 2(4)). Absent means false.")
          .field(
              "metByCarer",
              "A carer meets this need today. It still counts for the adult: needs are judged as"
                  + " if no carer were meeting them. Absent means false.")
          .schema(
              "CarerRequest",
              "The adult's carer, assessed under SI 2015/313 reg 3 (Care Act only): necessary"
                  + " care; health at risk or a carer outcome out of reach; a significant impact on"
                  + " wellbeing.")
          .field(
              "carerRef",
              "Required. The carer's own pseudonymous reference (letters, digits, '.', '-', '_'),"
                  + " not the adult's personRef: never a name.")
          .field(
              "necessaryCare",
              "Condition 1: the carer's needs arise from providing necessary care to the adult"
                  + " (reg 3(1)(a)).")
          .field(
              "healthAtRisk",
              "Condition 2, first way: the carer's physical or mental health is, or is at risk of,"
                  + " deteriorating (reg 3(2)(a)).")
          .field(
              "outcomes",
              "Condition 2, second way: the carer outcomes the carer is unable to achieve, keyed by"
                  + " code, each with limbs (the three carer limbs); one out of reach is enough."
                  + " Codes a to h (reg 3(2)(b)): a caring for a child, b caring for others, c a"
                  + " habitable home, d nutrition, e family or other personal relationships, f work,"
                  + " training, education or volunteering, g facilities or services in the local"
                  + " community, h recreational activities. The authoritative list is the version's"
                  + " criteria.yaml.")
          .field(
              "significantImpactOnWellbeing",
              "Condition 3: as a consequence there is, or is likely to be, a significant impact on"
                  + " the carer's wellbeing; the practitioner's judgement (reg 3(1)(c)).");

  private EligibilityRequestSchemaDescriptions() {}
}
