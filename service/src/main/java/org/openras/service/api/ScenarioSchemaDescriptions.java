package org.openras.service.api;

import java.util.List;

/**
 * Words for finance scenarios: caseloads, the scenario request and a job's status (DESIGN.md §4).
 */
final class ScenarioSchemaDescriptions {
  static final SchemaWords WORDS =
      new SchemaWords()
          .schema(
              "Caseload",
              "A caseload kept by the service: JSON Lines of calculation requests, each with the"
                  + " actual weekly cost of the person's plan, named by its SHA-256.")
          .field(
              "id", "The caseload's SHA-256 (64 hex digits): its id, and the hash reports record.")
          .field("lines", "How many lines (people) the caseload holds.")
          .field("bytes", "The caseload's size in bytes.")
          .schema(
              "ScenarioRequest",
              "A scenario to run: a caseload, a baseline and a candidate. Every person is"
                  + " calculated under both; the report gives totals, client groups, winners and"
                  + " losers, percentiles of change and the people losing most.")
          .field("title", "A title for the report; \"Scenario\" when left out.")
          .field("caseload", "Which caseload: a kept one by id, or one generated now.")
          .field("baseline", "The rules the caseload is calculated under first.")
          .field(
              "candidate",
              "The rules it is compared with: another date, pinned versions, overrides.")
          .field(
              "lossThreshold",
              "A weekly loss in net council funding above which a person is listed by name"
                  + " (default £10.00).")
          .field(
              "financialYear",
              "Optional: the first year of a financial year (2025 = 2025-04-01 to 2026-03-31)."
                  + " Each person's annual cost is apportioned by days over the periods in which"
                  + " the rules in force differ, so an in-year change counts from its date.")
          .field(
              "envelope",
              "Optional: solve a budget envelope over the financial year instead (needs"
                  + " financialYear).")
          .schema(
              "Envelope",
              "A budget envelope: the adjustments affordability factor, within lowest..highest,"
                  + " whose annual net cost meets the target less the contingency (Commons Math"
                  + " root finding), and the winners and losers it creates.")
          .field("targetAnnual", "The annual spend to meet.")
          .field("contingency", "The share of the target held back, e.g. 0.05 (default 0).")
          .field(
              "lowest", "The lowest factor allowed, above 0, at most four decimals (default 0.80).")
          .field(
              "highest", "The highest factor allowed, at most 10 and four decimals (default 1.20).")
          .schema("CaseloadChoice", "Exactly one of id and generate.")
          .field("id", "The SHA-256 of a caseload kept with POST /api/v1/caseloads.")
          .field("generate", "A synthetic caseload made now by the seeded generator.")
          .schema(
              "Generate",
              "The seeded synthetic caseload generator (seeds/README.md documents every"
                  + " distribution and its source).")
          .field("people", "How many people, from 1 to 1,000,000.")
          .field("seed", "The seed: the same seed gives the same caseload (default 20250401).")
          .field(
              "finances",
              "Whether to generate finances too, so contributions are assessed (default false).")
          .schema("Side", "One side of a scenario: which rules the caseload is calculated under.")
          .field(
              "date",
              "The assessment date every person is calculated on (the versions in force then"
                  + " apply); left out, each request's own date.")
          .field(
              "pins",
              "A version per area (e.g. \"ras\": \"2024-04-01\"); each must cover the date.")
          .field(
              "overrides",
              "Parameter overrides, each area:parameter[key]*factor or area:parameter=value,"
                  + " optionally @psr=<reason> or @age>=<years>, e.g."
                  + " \"ras:pricePerPoint*1.03@age>=65\".")
          .schema(
              "ScenarioStatus",
              "Where a scenario job is. Jobs run one at a time; each uses every core.")
          .field("id", "The job's id, for following, cancelling and downloading.")
          .field("title", "The report's title.")
          .codes(
              "kind",
              List.of("SCENARIO", "ENVELOPE"),
              "SCENARIO (baseline against candidate) or ENVELOPE (a budget envelope solved).")
          .codes(
              "state",
              List.of("QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"),
              "QUEUED, RUNNING, DONE (reports ready), FAILED (error says why) or CANCELLED.")
          .field("caseloadId", "The SHA-256 of the caseload the job runs on.")
          .field("linesDone", "Caseload lines calculated so far.")
          .field("percent", "The share of the caseload read so far, 0 to 100.")
          .field(
              "etaSeconds", "Estimated seconds left at the rate so far; absent until there is one.")
          .field("submitted", "When the job was submitted.")
          .field("started", "When it started running.")
          .field("finished", "When it finished, failed or was cancelled.")
          .field("error", "Why the job failed, when it did.")
          .field(
              "reports",
              "Once done: the address of each report (json, html, csv per person, problems).");

  private ScenarioSchemaDescriptions() {}
}
