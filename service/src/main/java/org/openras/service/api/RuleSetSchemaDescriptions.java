package org.openras.service.api;

import java.util.List;

/** Words for the rule sets the service serves and a policy officer's checks on them (issue 10). */
final class RuleSetSchemaDescriptions {
  static final SchemaWords WORDS =
      new SchemaWords()
          .schema(
              "RuleSetArea",
              "A rule area and its versions: served, scheduled, withdrawn and drafts.")
          .field("area", "The area, e.g. ras or councils/north-shire.")
          .field("pathName", "The area as written in a path: a slash becomes a tilde.")
          .field("versions", "Its versions, oldest first.")
          .schema("RuleSetVersionSummary", "One version in brief, with its publication state.")
          .field("version", "The version: the day it was written to start, yyyy-MM-dd.")
          .field("title", "The version's title from its manifest.")
          .field("effectiveFrom", "The first day it is in force.")
          .field("effectiveTo", "The last day it is in force; absent while no later one starts.")
          .field("hash", "The SHA-256 of its files, recorded with every calculation it runs.")
          .field("illustrative", "True when its figures are examples a council must replace.")
          .field("references", "The regulations, circulars or decisions it implements.")
          .with(RuleSetSchemaDescriptions::publicationState)
          .schema(
              "RuleSetDetail",
              "One served version in full: manifest, files, figures, rules and cases.")
          .field("area", "The area, e.g. ras or councils/north-shire.")
          .field("version", "The version: the day it was written to start, yyyy-MM-dd.")
          .field("title", "The version's title from its manifest.")
          .field("summary", "What the version is, from its manifest.")
          .field("supersedes", "The version it replaces, if any.")
          .field("effectiveFrom", "The first day it is in force.")
          .field("effectiveTo", "The last day it is in force; absent while no later one starts.")
          .field("hash", "The SHA-256 of its files, recorded with every calculation it runs.")
          .field("illustrative", "True when its figures are examples a council must replace.")
          .field("allowsGaps", "True when a day with no version in force means nothing applies.")
          .field("references", "The regulations, circulars or decisions it implements.")
          .field("files", "Its files, relative to the version folder.")
          .field("parameters", "Its figures (parameters.yaml), each with its dated values.")
          .field("rules", "Its rules as written in the DRL files.")
          .field("cases", "The sentences naming its policy cases.")
          .with(RuleSetSchemaDescriptions::publicationState)
          .schema("RuleSetParameter", "A figure of a version with where it comes from.")
          .field("name", "The figure's name as the rules read it.")
          .field("description", "What the figure is.")
          .field("unit", "Its unit, e.g. GBP or points.")
          .field("period", "The period it is per, e.g. week.")
          .field("reference", "The regulation, guidance or decision it comes from.")
          .field("values", "Its values, each from a date and under a key.")
          .schema("RuleSetParameterValue", "One value of a figure.")
          .field("effectiveFrom", "The day this value takes effect.")
          .field("key", "The key (e.g. a primary support reason); empty for a plain figure.")
          .field("value", "The value as written.")
          .field(
              "marker",
              "R (set by regulation), D (a council's decision) or I (illustrative), when marked.")
          .field("note", "A note on the value, when there is one.")
          .schema("RuleSetRule", "A rule as written in a version's DRL.")
          .field("id", "Its stable id, e.g. RAS-010; absent when it has none.")
          .field("sentence", "The sentence naming what it decides.")
          .field("source", "The clause it implements (@source); absent when it has none.")
          .field("file", "The DRL file, relative to the version folder.")
          .field("line", "The line of its header.")
          .schema("RuleSetValidationRequest", "A served version to validate.")
          .field("area", "The area, e.g. ras or councils/north-shire.")
          .field("version", "The version, e.g. 2025-04-01.")
          .field("runCases", "Also run the version's policy cases (default false).")
          .schema("RuleSetValidation", "What validating a served version found.")
          .field("area", "The area validated.")
          .field("version", "The version validated.")
          .field("valid", "True when no finding is an error (warnings may remain).")
          .field("errors", "How many findings are errors.")
          .field("warnings", "How many findings are warnings.")
          .field("findings", "Every finding, errors first, by file and line.")
          .field("cases", "The cases' report, when runCases was asked for.")
          .schema("RuleSetFinding", "One thing validation found, where, and what to do.")
          .codes(
              "severity",
              List.of("ERROR", "WARNING"),
              "ERROR stops a version being published; WARNING is worth a look.")
          .field("file", "The file, relative to the rule store, e.g. ras/2025-04-01/Ras.drl.")
          .field("line", "The line; 0 when the whole file is meant.")
          .field("message", "What is wrong.")
          .field("whatToDo", "What to do about it.")
          .schema("RuleSetCaseReport", "A version's policy cases, run.")
          .field("passed", "True when every case passed and there were no problems.")
          .field("passedCount", "Cases that passed.")
          .field("failedCount", "Cases that failed.")
          .field("problems", "Problems reading the cases, e.g. none written.")
          .field("results", "Each case's result.")
          .field("summary", "The counts in one line.")
          .schema("RuleSetCaseResult", "One policy case, run.")
          .field("file", "The case file, relative to the version folder.")
          .field("name", "The sentence naming the case.")
          .field("passed", "True when the actual result matched every expected value.")
          .field("differences", "Expected against actual, one line per difference.")
          .field("trace", "The rules that fired, for a failing case.")
          .schema("RuleSetDiff", "What changes from one version of an area to another, in words.")
          .field("area", "The area compared.")
          .field("from", "The earlier version.")
          .field("to", "The later version.")
          .field("fromDay", "The day the earlier version's figures are read on.")
          .field("toDay", "The day the later version's figures are read on.")
          .field("manifest", "Changes to the manifest.")
          .field("parameters", "Changes to the figures.")
          .field("questionnaire", "Rows of the points table added, removed or changed.")
          .field("rules", "Rules added, removed or changed, by id.")
          .field("text", "The whole diff as readable text.")
          .field("impact", "The impact on a caseload, when caseloadId was given.")
          .schema("RuleSetChange", "One difference between two versions.")
          .codes("kind", List.of("ADDED", "REMOVED", "CHANGED"), "What kind of change.")
          .field("subject", "What it is about: a parameter, a domain, a rule id or a field.")
          .field("text", "The change in a sentence.")
          .schema("RuleSetImpact", "What the later version does to a kept caseload.")
          .field("caseloadId", "The caseload's SHA-256.")
          .field("lines", "Lines in the caseload.")
          .field("calculated", "People calculated under both versions.")
          .field("linesWithProblems", "Lines that could not be calculated.")
          .field("changed", "People whose figures change.")
          .field("bands", "People by band of change.")
          .field("weeklyNetBaseline", "Weekly net council funding under the earlier version.")
          .field("weeklyNetCandidate", "Weekly net council funding under the later version.")
          .field("weeklyNetChange", "The change in weekly net council funding.")
          .field("annualNetChange", "The change in annual net council funding.")
          .field("notes", "What the figures include, e.g. the days each side is calculated on.")
          .field("text", "The impact as readable text.")
          .schema("RuleSetImpactBand", "A band of change and how many people fall in it.")
          .field("band", "The band's code.")
          .field("title", "The band in words.")
          .field("people", "People in the band.");

  /** The publication state of a version, as the summary and the detail both show it. */
  private static SchemaWords publicationState(SchemaWords words) {
    return words
        .codes(
            "state",
            List.of("DRAFT", "PUBLISHED", "SCHEDULED", "WITHDRAWN"),
            "Its publication state today: DRAFT (in the rule store, not published), PUBLISHED"
                + " (in force from its effectiveFrom, which has come), SCHEDULED (published, to"
                + " take effect on its effectiveFrom), WITHDRAWN (withdrawn before its date; never"
                + " served).")
        .field("publishedBy", "Who published it; absent for a draft.")
        .field("publishedAt", "When it was published (ISO-8601 UTC); absent for a draft.")
        .field("withdrawnBy", "Who withdrew it; absent unless withdrawn.")
        .field("withdrawnAt", "When it was withdrawn (ISO-8601 UTC); absent unless withdrawn.")
        .field(
            "supersededBy",
            "The served correction that takes this version's place for selection by date (it"
                + " names this version in 'supersedes' and covers all its days); this version is"
                + " then used only where a calculation pins it, as replay 'as decided then' does."
                + " Absent when no correction supersedes it.");
  }

  private RuleSetSchemaDescriptions() {}
}
