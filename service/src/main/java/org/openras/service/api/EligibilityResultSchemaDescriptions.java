package org.openras.service.api;

import java.util.List;

/**
 * The words for the eligibility decisions of a result: "not eligible" is a decision, not an error.
 */
final class EligibilityResultSchemaDescriptions {
  static final String BANDS = "CRITICAL, SUBSTANTIAL, MODERATE or LOW";

  static final SchemaWords WORDS =
      new SchemaWords()
          .schema(
              "EligibilityResult",
              "The eligibility decisions of one calculation, each with its conditions and"
                  + " citations. \"Not eligible\" is a decision with reasons, never an error.")
          .codes(
              "framework",
              List.of("CARE_ACT_2014", "FACS"),
              "The framework of the version in force on the assessment date: CARE_ACT_2014 from"
                  + " 2015-04-01 (SI 2015/313), FACS (Fair Access to Care Services) before.")
          .field(
              "title",
              "The framework's title from the version's criteria.yaml, e.g. \"Care Act 2014 national"
                  + " eligibility criteria\".")
          .field("adult", "The adult's decision.")
          .field("carer", "The carer's decision; null when the request had no carer section.")
          .codes(
              "rasBasis",
              List.of("ELIGIBLE", "NOT_ELIGIBLE_SHOWN_ON_REQUEST", "NOT_ELIGIBLE_NO_FIGURE"),
              "On what footing the RAS figure is given: ELIGIBLE; NOT_ELIGIBLE_SHOWN_ON_REQUEST"
                  + " (not eligible, shown because rasWhenNotEligible asked for it);"
                  + " NOT_ELIGIBLE_NO_FIGURE (not eligible, no figure: ras is null). Null when the"
                  + " request did not ask for a RAS figure (no needs).")
          .field(
              "rasNote",
              "The sentence of the rule that set rasBasis, with its source; null when rasBasis is.")
          .schema(
              "Decision",
              "One person's eligibility decision, in the words of the rule that decided, with every"
                  + " condition met or failed.")
          .codes("party", List.of("adult", "carer"), "Whose decision: adult or carer.")
          .field(
              "reference",
              "The carer's own pseudonymous reference; absent for the adult (see personRef).")
          .field("eligible", "True when the person's needs meet the eligibility criteria.")
          .field(
              "summary",
              "The words of the rule that decided, e.g. \"All three conditions are met: the"
                  + " adult's needs meet the eligibility criteria\".")
          .field(
              "citation",
              "The regulation and paragraph of the test as a whole, e.g. \"SI 2015/313 reg"
                  + " 2(1)\".")
          .field(
              "conditions", "Every condition of the test, met or failed, each with its citation.")
          .field(
              "outcomesCounted",
              "Care Act only: the outcomes counted as ones the person cannot achieve, in the"
                  + " regulation's order, with the limbs for each.")
          .field(
              "facs",
              "FACS only: the person's band, the council's threshold band and the risk factors"
                  + " recorded.")
          .schema(
              "Condition",
              "One condition of the test, met or failed, in the words of the rule that decided it,"
                  + " with its paragraph.")
          .field(
              "condition",
              "Which condition: \"1\", \"2\" or \"3\" under the Care Act (SI 2015/313 reg 2(1)(a)"
                  + " to (c) for the adult, reg 3(1) for the carer); \"threshold\" under FACS (the"
                  + " band compared with the council's threshold band).")
          .field("met", "True when the condition is met.")
          .field("statement", "The condition as the rule found it, in the rule's words.")
          .field("citation", "The paragraph the condition comes from (the rule's @source).")
          .schema(
              "OutcomeCounted",
              "An outcome counted as one the person cannot achieve, and the limbs that make it so.")
          .field(
              "code",
              "The outcome's code in the version's criteria.yaml: a to j for the adult (SI"
                  + " 2015/313 reg 2(2)), a to h for the carer (reg 3(2)(b)).")
          .field(
              "title",
              "The outcome in the regulation's words, e.g. \"managing and maintaining"
                  + " nutrition\".")
          .field(
              "limbs",
              "The limbs recorded for it, codes of the version's criteria.yaml (e.g."
                  + " WITHOUT_ASSISTANCE).")
          .field(
              "fluctuating",
              "True when the need fluctuates and was judged over the assessment period (reg"
                  + " 2(4)).")
          .field("metByCarer", "True when a carer meets the need today: it counts all the same.")
          .field(
              "citation",
              "The outcome's paragraph and the paragraphs under which it counts (the rule's"
                  + " @source).")
          .schema(
              "Facs",
              "The Fair Access to Care Services banding (before 2015-04-01): the person's band, the"
                  + " council's threshold band, and the risk factors recorded.")
          .field(
              "band",
              "The highest band in which a risk factor is recorded: "
                  + BANDS
                  + "; null when none is (rule FACS-010, FACS-011).")
          .field("bandCitation", "Where the band is described (the version's criteria.yaml).")
          .field(
              "threshold",
              "The council's threshold band, "
                  + BANDS
                  + ": a council option in the version's parameters.yaml, never a request field;"
                  + " needs in a band at or above it are eligible (FACS-020, FACS-021).")
          .field("riskFactors", "The risk factors recorded, each with its band.")
          .schema("RiskFactorRecorded", "A FACS risk factor recorded, with the band it belongs to.")
          .field(
              "code",
              "The risk factor's code in rules/eligibility/2003-04-01/criteria.yaml, e.g."
                  + " ABUSE_OR_NEGLECT.")
          .field("title", "The risk factor in words (SCIE Guide 33, Table 1, paraphrased).")
          .field("band", "The band it belongs to: " + BANDS + ".");

  private EligibilityResultSchemaDescriptions() {}
}
