package org.openras.service.api;

/**
 * The words for what every result carries whatever areas ran: the versions used, the trace of rules
 * that fired and the parameters read.
 */
final class ResultSchemaDescriptions {
  static final SchemaWords WORDS =
      new SchemaWords()
          .schema(
              "CalculationResult",
              "Everything one calculation produced: the figures of each area that ran, the"
                  + " rule-set versions used (with hashes), every parameter value read, and the"
                  + " trace of rules that fired, in order.")
          .field("personRef", "The request's pseudonymous person reference.")
          .field("assessmentDate", "The request's assessment date: the date whose rules applied.")
          .field("engineVersion", "The version of the OpenRAS engine that calculated.")
          .field(
              "ruleSets",
              "The rule-set versions used, one per area that ran, and the council overlay when one"
                  + " applied.")
          .field(
              "eligibility",
              "The adult's and carer's eligibility decisions; null when the request had no"
                  + " eligibility section.")
          .field(
              "ras",
              "The indicative budget; null when the request had no needs, or when the person was"
                  + " found not eligible and the request did not ask for the figure"
                  + " (eligibility.rasNote says so).")
          .field("trace", "Every rule that fired, in order.")
          .field("parameters", "Every parameter value read, with its unit, period and reference.")
          .field(
              "contribution",
              "The financial assessment; null when the request carried no finances.")
          .field(
              "adjustments",
              "The in-year adjustment of the RAS budget, or a note that none is in force; null"
                  + " when no RAS figure was calculated.")
          .schema(
              "RuleSetUsed",
              "A rule-set version the result used: area, version, hash, its period and its"
                  + " references.")
          .field(
              "area",
              "The rule area: eligibility, ras, contributions, adjustments, or councils/ followed"
                  + " by a council's id for a council overlay.")
          .field("version", "The version used, named by its first day in force, e.g. 2025-04-01.")
          .field(
              "hash",
              "The SHA-256 over the version's files except cases/, by sorted relative path"
                  + " (DESIGN.md §3): a replay checks the files still have it.")
          .field("title", "The version's title, from its ruleset.yaml.")
          .field("effectiveFrom", "The first day the version is in force (yyyy-MM-dd).")
          .field(
              "effectiveTo",
              "The last day the version is in force, inclusive: its own effectiveTo, or the day"
                  + " before the next version of the area starts; null when open-ended"
                  + " (yyyy-MM-dd).")
          .field(
              "illustrative",
              "True when the version's figures are examples a council must replace before use.")
          .field(
              "references",
              "The regulations, circulars or council decisions the version implements.")
          .schema("Reference", "A regulation, circular or council decision a version implements.")
          .field("title", "Its title.")
          .field("url", "Where to read it.")
          .schema(
              "Reason",
              "One rule that fired: its id, sentence and source, the rule-set version, and the"
                  + " amounts it read and produced, in the order the rule wrote them.")
          .field("seq", "Its place in the trace, in the order the rules fired.")
          .field("area", "The rule area of the rule.")
          .field("version", "The version of the rule set the rule belongs to.")
          .field("ruleId", "The rule's stable id, e.g. RAS-040.")
          .field("rule", "The rule's sentence, without its id.")
          .field("source", "The clause, regulation or decision the rule implements (its @source).")
          .field(
              "read",
              "The amounts the rule read, by name, in the order it read them; absent when none.")
          .field(
              "produced",
              "The amounts the rule produced, by name, in the order it wrote them; absent when"
                  + " none.")
          .schema(
              "ParameterRead",
              "A dated parameter value the calculation read: the version it came from, its key,"
                  + " value, unit, period, reference and confidence marker.")
          .field("area", "The rule area of the version read.")
          .field("version", "The version whose parameters.yaml holds the value.")
          .field("name", "The parameter's name in parameters.yaml, e.g. pricePerPoint.")
          .field(
              "key",
              "The key within the parameter (e.g. a primary support reason or an income type);"
                  + " empty when the parameter has none.")
          .field("value", "The value read, as written in parameters.yaml (money in pounds).")
          .field(
              "valueEffectiveFrom",
              "The date that value took effect: within a version each parameter takes its value in"
                  + " force on the assessment date (DESIGN.md §3; yyyy-MM-dd).")
          .field("unit", "The value's unit, e.g. GBP, share or factor.")
          .field("period", "The period the value covers, e.g. week or year.")
          .field(
              "reference", "Where the figure comes from: regulation, circular or council decision.")
          .field(
              "marker",
              "The figure's confidence marker: R read in a retrieved public source, D derived"
                  + " arithmetically from R figures, I inferred (confirm before release).");

  private ResultSchemaDescriptions() {}
}
