package org.openras.service.api;

import java.util.List;

/** The words for the indicative budget (ras area) and its in-year adjustment (adjustments area). */
final class RasSchemaDescriptions {
  static final SchemaWords WORDS =
      new SchemaWords()
          .schema(
              "RasResult",
              "The indicative personal budget and how it was reached. The figure is indicative"
                  + " (statutory guidance 11.24): the final budget is the cost of a support plan"
                  + " that meets the eligible needs.")
          .codes(
              "basis",
              List.of("ELIGIBLE", "NOT_ELIGIBLE_SHOWN_ON_REQUEST", "ELIGIBILITY_NOT_ASSESSED"),
              "On what footing the figure is given: ELIGIBLE, the person was found eligible;"
                  + " NOT_ELIGIBLE_SHOWN_ON_REQUEST, found not eligible but the request asked for"
                  + " the figure (eligibility.rasWhenNotEligible); ELIGIBILITY_NOT_ASSESSED, the"
                  + " request had no eligibility section (DESIGN.md §5).")
          .field(
              "primarySupportReason",
              "The person's primary support reason (client group) whose price per point applied,"
                  + " as given in person.primarySupportReason.")
          .field(
              "domains",
              "Each questionnaire domain answered: the level, the statement it stands for and its"
                  + " points before and after unpaid support.")
          .field(
              "totalPointsBeforeDeflation",
              "The sum of the domains' points before unpaid support is taken off.")
          .field(
              "totalPoints",
              "The sum of the domains' points after unpaid support is taken off (rule RAS-030).")
          .field(
              "pricePerPoint",
              "The price of one point for the person's primary support reason, from the RAS"
                  + " version's parameters.yaml (rule RAS-040).")
          .field(
              "calculatedWeeklyBudget",
              "Total points times the price per point, before the floor (rule RAS-040).")
          .field(
              "floor",
              "The least weekly budget indicated when any points are scored (parameters.yaml).")
          .field(
              "floorApplied",
              "True when the calculated budget was below the floor and raised to it (rule"
                  + " RAS-050).")
          .field(
              "weeklyBudget",
              "The indicative weekly budget: the calculated budget, raised to the floor when below"
                  + " it (rules RAS-040 to RAS-052).")
          .field(
              "ceiling",
              "The weekly budget above which a funding panel reviews the figure (parameters.yaml).")
          .field(
              "panelReview",
              "True when the weekly budget is above the ceiling: it goes to a funding panel, and"
                  + " the figure is still given (rule RAS-060).")
          .field(
              "weeksPerYear",
              "The weeks in a year the RAS version uses to turn a weekly amount into an annual one"
                  + " (parameters.yaml).")
          .field(
              "annualBudget",
              "The weekly budget times the weeks per year, to the nearest penny, halves up (rule"
                  + " RAS-070).")
          .field(
              "typicalRange",
              "Only for a RAS version fitted by a calibration that carries its 80% prediction"
                  + " interval (rule RAS-080): the weekly range people with similar needs"
                  + " typically received; absent otherwise.")
          .schema(
              "TypicalRange",
              "People with similar needs typically received between lower and upper a week: the"
                  + " weekly budget times each end of the calibration's 80% prediction interval,"
                  + " to the nearest penny, halves up.")
          .field("lower", "The lower end of the range, a week.")
          .field("upper", "The upper end of the range, a week.")
          .schema(
              "DomainResult",
              "One questionnaire domain: the answer, the statement it stands for, and its points"
                  + " before and after unpaid support.")
          .field(
              "domain",
              "The domain's code in the RAS version's questionnaire.yaml, e.g. personal-care.")
          .field("title", "The domain's title in the questionnaire.")
          .field("level", "The answer level given in needs.")
          .field("statement", "The questionnaire's statement for that level.")
          .field("points", "The points the questionnaire gives the level (rule RAS-010).")
          .field(
              "informalSupportShare",
              "The share (0 to 1) of the need met by unpaid carers, from informalSupport; 0 when"
                  + " none was given.")
          .field(
              "pointsAfterDeflation",
              "The points after the unpaid-support share is taken off, to the nearest whole point,"
                  + " halves up (rule RAS-020); the family-carer domain is never reduced (RAS-022).")
          .schema(
              "AdjustmentResult",
              "The in-year adjustment of the indicative budget by the council's decisions"
                  + " (uplifts, an affordability factor, transitional protection), or a note that"
                  + " none is in force (DESIGN.md §2, adjustments).")
          .field(
              "inForce",
              "False when no adjustments version covers the assessment date: no adjustment is made"
                  + " and weeklyBudget is the RAS budget.")
          .field(
              "note",
              "The title of the adjustments version applied; or, when none is in force, why no"
                  + " adjustment was made.")
          .field("weeklyBudgetBefore", "The RAS indicative weekly budget, before adjustment.")
          .field(
              "primarySupportReasonUplift",
              "The weekly uplift for the person's client group (rule ADJ-010); zero when the"
                  + " decision names no uplift for it (ADJ-011); null when none is in force.")
          .field(
              "domainUplifts",
              "The weekly uplift for each domain the decision names (rule ADJ-020), keyed by"
                  + " domain code, each in pounds with two decimals, as a string; empty when none.")
          .field(
              "upliftedWeeklyBudget",
              "The RAS budget plus every uplift (rule ADJ-030); null when none is in force.")
          .field(
              "affordabilityFactor",
              "The factor the uplifted budget is multiplied by (rule ADJ-040; parameters.yaml"
                  + " affordabilityFactor), a decimal; null when none is in force.")
          .field(
              "affordableWeeklyBudget",
              "The uplifted budget times the affordability factor, to the nearest penny, halves up"
                  + " (rule ADJ-040); null when none is in force.")
          .field(
              "previousWeeklyBudget",
              "The budget before reassessment, when the request gave it (previousWeeklyBudget).")
          .field(
              "maximumFall",
              "The largest share (0 to 1) by which transitional protection lets a budget fall"
                  + " below the previous one (parameters.yaml maximumFall); null without a previous"
                  + " budget.")
          .field(
              "protectionApplied",
              "True when the budget was raised to the protected minimum (rule ADJ-050).")
          .field(
              "weeklyBudget",
              "The adjusted indicative weekly budget; the RAS budget when no adjustment is in"
                  + " force.")
          .field(
              "annualBudget",
              "The adjusted weekly budget times the RAS's weeks in a year, to the nearest penny,"
                  + " halves up (rule ADJ-060).");

  private RasSchemaDescriptions() {}
}
