/**
 * Eligibility: whether a person's needs meet the national eligibility criteria, decided before the
 * RAS and deciding on what footing the RAS figure is given.
 *
 * <p>From 1 April 2015 the Care Act 2014 criteria apply (rules/eligibility/2015-04-01): an adult is
 * eligible when the needs arise from a physical or mental impairment or illness, the adult is
 * unable to achieve two or more of the ten outcomes of SI 2015/313 reg 2(2) (by any of four limbs,
 * judged as if no carer were meeting the need, fluctuating needs over the assessment period), and
 * there is, as a consequence, a significant impact on wellbeing (the practitioner's judgement). The
 * adult's carer is eligible under reg 3: necessary care; health at risk or any one of eight carer
 * outcomes out of reach (three limbs); a significant impact on wellbeing. Before that date Fair
 * Access to Care Services applies (rules/eligibility/2003-04-01, last day 2015-03-31): the highest
 * band in which a risk factor is recorded, eligible at or above the council's threshold band (a
 * council option in parameters.yaml, never a request field). Each version's {@code criteria.yaml}
 * holds its own vocabulary, and requests are checked against it.
 *
 * <p>Request ({@code eligibility} in a calculation request; the area runs when it is present, and a
 * request may carry it without {@code needs}):
 *
 * <pre>
 * "eligibility": {
 *   "impairmentOrIllness": true,                  // Care Act, required (reg 2(1)(a))
 *   "significantImpactOnWellbeing": true,         // Care Act, required (reg 2(1)(c))
 *   "outcomes": {                                 // Care Act: only outcomes out of reach, a..j
 *     "a": {"limbs": ["WITHOUT_ASSISTANCE"]},
 *     "b": {"limbs": ["SIGNIFICANT_PAIN_DISTRESS_ANXIETY"], "fluctuating": true,
 *           "metByCarer": true}
 *   },                                            // limbs: WITHOUT_ASSISTANCE,
 *                                                 //   SIGNIFICANT_PAIN_DISTRESS_ANXIETY,
 *                                                 //   ENDANGERS_HEALTH_OR_SAFETY,
 *                                                 //   TAKES_SIGNIFICANTLY_LONGER (adults only)
 *   "carer": {                                    // Care Act, optional (reg 3)
 *     "carerRef": "CARER-0042",                   // the carer's own pseudonymous reference
 *     "necessaryCare": true, "healthAtRisk": false, "significantImpactOnWellbeing": true,
 *     "outcomes": {"h": {"limbs": ["WITHOUT_ASSISTANCE"]}}      // carer outcomes a..h
 *   },
 *   "riskFactors": ["ABUSE_OR_NEGLECT"],          // FACS only, required there (codes in
 *                                                 //   rules/eligibility/2003-04-01/criteria.yaml)
 *   "rasWhenNotEligible": false                   // give the RAS figure even if not eligible
 * }
 * </pre>
 *
 * <p>Response ({@code eligibility} in the result; {@code ras} is null when the person is not
 * eligible and the request did not ask for the figure):
 *
 * <pre>
 * "eligibility": {
 *   "framework": "CARE_ACT_2014",                 // or "FACS"
 *   "title": "Care Act 2014 national eligibility criteria",
 *   "adult": {
 *     "party": "adult", "eligible": true,
 *     "summary": "All three conditions are met: the adult's needs meet the eligibility criteria",
 *     "citation": "SI 2015/313 reg 2(1)",
 *     "conditions": [{"condition": "1", "met": true, "statement": "...",
 *                     "citation": "SI 2015/313 reg 2(1)(a)"}, ...],
 *     "outcomesCounted": [{"code": "a", "title": "managing and maintaining nutrition",
 *                          "limbs": ["WITHOUT_ASSISTANCE"], "fluctuating": false,
 *                          "metByCarer": false, "citation": "..."}, ...],
 *     "facs": {"band": "SUBSTANTIAL", "bandCitation": "...", "threshold": "SUBSTANTIAL",
 *              "riskFactors": [{"code": ..., "title": ..., "band": ...}]}   // FACS only
 *   },
 *   "carer": {"party": "carer", "reference": "CARER-0042", ...} ,        // or null
 *   "rasBasis": "ELIGIBLE",     // or NOT_ELIGIBLE_SHOWN_ON_REQUEST, NOT_ELIGIBLE_NO_FIGURE;
 *                               //   null without needs
 *   "rasNote": "..."            // the sentence of the rule that set the basis, with its source
 * }
 * </pre>
 *
 * <p>Wrong input is an {@link org.openras.engine.request.InvalidRequestException} naming the field
 * (unknown outcome, limb or risk factor, with the valid codes; an outcome with no limb; the fourth
 * limb on a carer outcome; a carer without their own reference; a field of the other framework,
 * naming the framework in force on the date). "Not eligible" is a result, never an error.
 */
package org.openras.engine.eligibility;
