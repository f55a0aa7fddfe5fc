package org.openras.service.api;

import java.util.List;

/**
 * The words for the financial assessment of a result (Care Act 2014 s.14 and s.17, the Care and
 * Support (Charging and Assessment of Resources) Regulations 2014), citing the contributions
 * version's rules by id.
 */
final class ContributionSchemaDescriptions {
  static final List<String> MIG_CATEGORIES =
      List.of(
          "SINGLE_18_24",
          "SINGLE_25_TO_PENSION_AGE",
          "SINGLE_PENSION_AGE",
          "LONE_PARENT_18_PLUS",
          "COUPLE_18_PLUS_EACH",
          "COUPLE_PENSION_AGE_EACH");

  static final SchemaWords WORDS =
      new SchemaWords()
          .schema(
              "ContributionResult",
              "The weekly contribution from a community-care financial assessment and how it was"
                  + " reached (Care Act 2014 s.14 and s.17, Charging Regulations 2014). The steps the"
                  + " assessment did not need (everything after capital when capital exceeds the"
                  + " upper limit) are null.")
          .field(
              "weeklyContribution",
              "What the person pays a week: never negative, never above the cost of care (rules"
                  + " CHG-086, CHG-087).")
          .field("costOfCare", "The weekly cost of care the contribution is capped at.")
          .codes(
              "costOfCareSource",
              List.of("weeklyCostOfCare", "adjustments.weeklyBudget", "ras.weeklyBudget"),
              "Where the cost of care came from: weeklyCostOfCare (the agreed plan, given in the"
                  + " request), adjustments.weeklyBudget (the adjusted indicative budget, when an"
                  + " adjustment is in force) or ras.weeklyBudget (the indicative budget).")
          .field(
              "netCouncilAmount",
              "What the council pays a week: the cost of care less the contribution, never below"
                  + " zero (rule CHG-090).")
          .field(
              "council",
              "The council overlay whose local options were used; null when none applied.")
          .field(
              "localOptions",
              "Which local options applied: \"council overlay\" and the overlay's label, or why"
                  + " none did (no council, or no overlay of the council in force on the date):"
                  + " national figures only.")
          .field(
              "paysFullCost",
              "True when capital exceeds the upper capital limit: the person pays the full cost"
                  + " of care (rules CHG-013, CHG-080).")
          .field(
              "countedCapital",
              "Capital counted: savings plus property other than the main home (rule CHG-010).")
          .field(
              "tariffIncome",
              "Weekly tariff income from capital above the lower limit and not above the upper,"
                  + " for every step or part of a step (rules CHG-014, CHG-015).")
          .field(
              "incomeCounted",
              "Weekly income counted, after the disregards (rules CHG-020 to CHG-028).")
          .field(
              "incomeDisregarded",
              "Weekly income disregarded (Charging Regulations 2014 Sch 1; rules CHG-021 to"
                  + " CHG-027).")
          .field("assessableIncome", "Income counted plus tariff income (rule CHG-029).")
          .field(
              "migCategory",
              "The personal-amount category of the Minimum Income Guarantee (Charging Regulations"
                  + " 2014 reg 7; rules CHG-040 to CHG-045): "
                  + String.join(", ", MIG_CATEGORIES)
                  + ". The authoritative list is the keys of migPersonalAmount in the contributions"
                  + " version's parameters.yaml.")
          .field(
              "statutoryMig",
              "The weekly MIG from national figures: the personal amount plus the premiums that"
                  + " apply (disability, enhanced disability, carer, each dependent child; rules"
                  + " CHG-050 to CHG-055).")
          .field(
              "minimumIncomeGuarantee",
              "The weekly MIG used, after the council's options (a percentage or flat uplift, or"
                  + " its own higher MIG; rules CHG-060 to CHG-065).")
          .field(
              "housingCosts",
              "Weekly housing costs allowed: the costs less housing benefit and council tax"
                  + " reduction, never below zero (rule CHG-070).")
          .field(
              "disabilityRelatedExpenditure",
              "Weekly disability-related expenditure allowed: itemised as assessed, else the"
                  + " council's standard allowance, else none (rules CHG-071 to CHG-073).")
          .field(
              "allowances",
              "The MIG plus housing costs plus disability-related expenditure (rule CHG-074).")
          .field(
              "disposableIncome",
              "Assessable income less the allowances, never below zero (rule CHG-081).")
          .field(
              "chargeableIncome",
              "The council's share of disposable income, part pennies rounded down, or all of it"
                  + " where the council sets no share (rules CHG-082, CHG-083).")
          .field(
              "maximumCharge",
              "The charge before the cap at the cost of care: the chargeable income, nil below the"
                  + " council's minimum weekly charge (rules CHG-084, CHG-085), or the full cost"
                  + " when capital exceeds the upper limit (CHG-080).")
          .field(
              "cappedAtCostOfCare",
              "True when the maximum charge was above the cost of care, so the contribution is"
                  + " the cost of care (rule CHG-086).")
          .schema(
              "CouncilOverlay",
              "The council overlay a result used: a council's local options, dated and hashed apart"
                  + " from the national figures (DESIGN.md §2, which council).")
          .field("council", "The council's id, e.g. east-vale.")
          .field("area", "The overlay's rule area, councils/ followed by the council's id.")
          .field("version", "The overlay version used, named by its first day in force.")
          .field(
              "hash",
              "The SHA-256 of the overlay version's files when the calculation ran (DESIGN.md"
                  + " §3).");

  private ContributionSchemaDescriptions() {}
}
