package org.openras.service.api;

/**
 * The words for the finances of a request: what the community-care financial assessment reads (Care
 * Act 2014 s.17, the Care and Support (Charging and Assessment of Resources) Regulations 2014).
 */
final class FinancesSchemaDescriptions {
  static final SchemaWords WORDS =
      new SchemaWords()
          .schema(
              "Finances",
              "The person's own finances for a community-care financial assessment (Care Act 2014"
                  + " s.17, Charging Regulations 2014). Only the person's resources are assessed:"
                  + " income received as one of a couple starts from an equal share (statutory"
                  + " guidance Annex C para 5), so give the person's share. Absent amounts are zero.")
          .field(
              "capital",
              "Savings and investments, the person's share; counted as capital with otherProperty"
                  + " against the capital limits (rules CHG-010 to CHG-015).")
          .field(
              "otherProperty",
              "The person's share of property other than the main or only home; counted as capital"
                  + " (rule CHG-010).")
          .field(
              "mainHome",
              "The value of the main or only home: disregarded for care outside a care home (rule"
                  + " CHG-010).")
          .field(
              "weeklyIncome",
              "Weekly income by type: each value in pounds with two decimals, as a string (e.g."
                  + " \"164.42\"), keyed by an income type of the contributions version's"
                  + " parameters.yaml (incomeTreatment), e.g. STATE_PENSION, EARNINGS,"
                  + " ATTENDANCE_ALLOWANCE_HIGHER, OTHER_INCOME. Each type is counted or disregarded"
                  + " as the regulations say (Charging Regulations 2014 reg 14 and Sch 1; rules"
                  + " CHG-020 to CHG-028); an unknown type is refused, naming the valid ones.")
          .field(
              "housingCosts",
              "Weekly housing costs and the help received towards them, allowed net (rule"
                  + " CHG-070); absent means none.")
          .field(
              "disabilityRelatedExpenditure",
              "Itemised weekly disability-related expenditure: each value in pounds with two"
                  + " decimals, as a string, keyed by an item name of the assessor's choosing (e.g."
                  + " \"community-alarm\"); allowed as assessed (rule CHG-071). Absent or empty: the"
                  + " council's standard allowance, where it sets one (CHG-072).")
          .field(
              "nightCareProvided",
              "Whether the council arranges care at night. Without it, a council that gives the"
                  + " night-care disregard disregards the night-care part of a higher-rate care"
                  + " benefit (rules CHG-027, CHG-028). Absent means false.")
          .schema(
              "HousingCosts",
              "Weekly housing costs allowed in a community-care financial assessment and the help"
                  + " received towards them (Care and Support Statutory Guidance Annex C). Absent amounts are zero. The costs"
                  + " less the help, never below zero, are allowed (rule CHG-070).")
          .field("rent", "Weekly rent.")
          .field("mortgage", "Weekly mortgage payments.")
          .field("councilTax", "Weekly council tax.")
          .field("groundRent", "Weekly ground rent.")
          .field("serviceCharges", "Weekly service charges.")
          .field("homeInsurance", "Weekly home insurance.")
          .field("securedLoanForRepairs", "Weekly repayments of a secured loan for repairs.")
          .field("housingBenefit", "Weekly housing benefit received: taken off the costs.")
          .field(
              "councilTaxReduction", "Weekly council tax reduction received: taken off the costs.");

  private FinancesSchemaDescriptions() {}
}
