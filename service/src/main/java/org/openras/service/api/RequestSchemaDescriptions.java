package org.openras.service.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.openras.engine.request.PrimarySupportReason;

/** The words for a calculation request, its person and household (DESIGN.md §5). */
final class RequestSchemaDescriptions {
  static final SchemaWords WORDS =
      new SchemaWords()
          .schema(
              "CalculationRequest",
              "One assessment to calculate (DESIGN.md §5). An area runs when the request carries its"
                  + " inputs: eligibility for the eligibility decision, needs for the RAS, finances"
                  + " for the financial assessment; adjustments run whenever a version covers the"
                  + " date. Unknown fields are refused.")
          .field(
              "personRef",
              "Required. A pseudonymous reference for the person: 1 to 64 letters, digits, '.',"
                  + " '-' or '_', starting with a letter or digit; never a name.")
          .field(
              "assessmentDate",
              "Required. The date whose rules apply: each area uses its version in force on this"
                  + " date, never today's date (DESIGN.md §2); between 1990-01-01 and 2100-12-31,"
                  + " yyyy-MM-dd.")
          .field("person", "Required. The person assessed, without a name.")
          .field(
              "needs",
              "Optional; present, the RAS runs. An answer level for every domain of the RAS"
                  + " version's questionnaire.yaml, keyed by domain code (e.g. \"personal-care\":"
                  + " 3); level 0 where there is no need.")
          .field(
              "informalSupport",
              "Optional. The share (0 to 1) of a domain's need met by unpaid carers, keyed by"
                  + " domain code; domains left out count as 0. The RAS takes that share off the"
                  + " domain's points.")
          .field(
              "ruleSetVersions",
              "Optional. A version to pin per area, keyed by area (e.g. \"ras\": \"2025-04-01\");"
                  + " a pinned version must cover the assessment date or the request is refused"
                  + " (422). Areas left out use the version in force on the date.")
          .field(
              "councilRef",
              "Optional. The council whose local options apply to the financial assessment, one"
                  + " the deployment hosts (e.g. east-vale); absent, the deployment's default"
                  + " council, if any (DESIGN.md §2, which council).")
          .field(
              "finances",
              "Optional; present, the contributions area runs. The person's finances for the"
                  + " community-care financial assessment (Care Act 2014 s.17).")
          .field(
              "weeklyCostOfCare",
              "Optional, not negative. The agreed support plan's weekly cost: the contribution is"
                  + " capped at it and the net council amount is taken from it. Absent, the"
                  + " indicative weekly budget (adjusted, when an adjustment is in force) is the cost"
                  + " of care (DESIGN.md §2, which cost).")
          .field(
              "eligibility",
              "Optional; present, the eligibility area runs and decides on what footing the RAS"
                  + " figure is given. The Care Act 2014 national eligibility criteria (SI 2015/313)"
                  + " from 2015-04-01, Fair Access to Care Services before. Absent, a RAS figure is"
                  + " still given, marked ELIGIBILITY_NOT_ASSESSED.")
          .field(
              "previousWeeklyBudget",
              "Optional, positive. The indicative weekly budget before this reassessment:"
                  + " transitional protection (adjustments area) limits how far the new budget may"
                  + " fall below it.")
          .schema(
              "PersonDetails",
              "The person assessed, without a name: date of birth, primary support reason and"
                  + " household.")
          .field(
              "dateOfBirth",
              "The person's date of birth, after 1880-01-01 and not after the assessment date"
                  + " (yyyy-MM-dd); the financial assessment reads the person's age from it (MIG"
                  + " category, pension credit qualifying age).")
          .field("primarySupportReason", primarySupportReasons())
          .field(
              "household",
              "The household as the Minimum Income Guarantee needs it; absent means single with no"
                  + " dependent children.")
          .schema(
              "Household",
              "The person's household for the Minimum Income Guarantee (Care and Support (Charging"
                  + " and Assessment of Resources) Regulations 2014 reg 7): single, lone parent or"
                  + " member of a couple, and dependent children.")
          .field(
              "type",
              "SINGLE, LONE_PARENT or COUPLE: decides the MIG personal amount and premiums (rules"
                  + " CHG-040 to CHG-045); absent means SINGLE.")
          .field(
              "dependentChildren",
              "The number of dependent children in the household, each adding the MIG amount for"
                  + " a child (rule CHG-054); absent means none.")
          .field(
              "partnerDateOfBirth",
              "For a couple: the partner's date of birth; the couple rate depends on whether either"
                  + " partner has reached pension credit qualifying age (yyyy-MM-dd).");

  private RequestSchemaDescriptions() {}

  /** The codes with the national titles, from the engine's enum so the two cannot drift. */
  static String primarySupportReasons() {
    return "The national primary support reason (as in the SALT and Client Level Data returns):"
        + " the person's client group, whose price per point the RAS uses. Codes: "
        + Arrays.stream(PrimarySupportReason.values())
            .map(r -> r.name() + " (" + r.title() + ")")
            .collect(Collectors.joining("; "))
        + ".";
  }
}
