package org.openras.service.api;

import java.util.List;

/** Words for the April uprating's drafts (issue 16). */
final class UpratingSchemaDescriptions {
  static final SchemaWords WORDS =
      new SchemaWords()
          .schema("UpratingStartRequest", "Starting next year's figures; every field optional.")
          .field("source", "The version to start from; default: the one in force on 'on'.")
          .field(
              "on", "The day whose version and figures to start from (yyyy-MM-dd); default today.")
          .field(
              "effectiveFrom",
              "The new version's first day and name (yyyy-MM-dd); default the next commencement"
                  + " date: 6 April for contributions.")
          .schema("UpratingCircular", "The circular or decision the new values come from.")
          .field("title", "Its title, e.g. LAC(DHSC)(2026)1; the default note of every value.")
          .field("url", "Its web address, added to the manifest's references.")
          .schema("UpratingEntry", "What the officer enters for one figure.")
          .field("id", "The figure, as the draft lists it: parameter, or parameter.KEY.")
          .field(
              "value",
              "The new value (money in pounds and pence, e.g. 114.40); blank or absent leaves the"
                  + " figure absent from the new year, never zero.")
          .field("marker", "Required with a value: R read in a source, D derived, I illustrative.")
          .field("note", "Optional note for the value; default the circular's title.")
          .field("carry", "True keeps last year's value (a figure fixed in the regulations).")
          .schema("UpratingEntriesRequest", "The officer's entries; figures not named keep theirs.")
          .field("circular", "The circular the values come from.")
          .field("figures", "The figures entered.")
          .schema("UpratingLast", "Last year's value of a figure, in force the day before.")
          .field("value", "The value.")
          .field("marker", "Its marker: R, D or I.")
          .field("from", "The day it took effect.")
          .field("note", "Its note, when it has one.")
          .schema("UpratingFigureView", "One figure of the draft with its change.")
          .field("id", "The figure: parameter, or parameter.KEY for a keyed table.")
          .field("parameter", "The parameter's name in parameters.yaml.")
          .field("key", "The table's key, empty for a plain figure.")
          .field("description", "What the figure is, in words (parameters.yaml).")
          .field("unit", "Its unit: GBP, years, treatment, ...")
          .field("period", "What it is per: week, year or none.")
          .field("last", "Last year's value; absent when the figure had none.")
          .field("value", "The value entered; absent when none.")
          .field("marker", "The marker entered.")
          .field("note", "The note entered.")
          .field("carried", "True when last year's value is carried forward.")
          .field("newValue", "The value the draft holds from its first day; absent: missing.")
          .field("change", "New minus last, in the figure's unit; absent unless both are numbers.")
          .field("percent", "The change as a percentage of last year's, to one decimal place.")
          .field("changeInWords", "The change as the page shows it, e.g. +£1.90 (+1.7%).")
          .codes(
              "flags",
              List.of("UNCHANGED", "MISSING", "NEW", "OVER_THRESHOLD"),
              "What to look at: left unchanged, absent from the new year, no value last year, or"
                  + " a change larger than the threshold either way.")
          .schema("UpratingSummary", "How many figures are in each case.")
          .field("figures", "Every figure listed.")
          .field("entered", "Figures given a new value.")
          .field("carried", "Figures carried forward.")
          .field("unchanged", "Figures whose new value equals last year's.")
          .field("missing", "Figures absent from the new year.")
          .field("overThreshold", "Changes larger than the threshold.")
          .schema("UpratingLeftOutCase", "A case of the source version left out of the draft.")
          .field("file", "Its case file.")
          .field("name", "Its sentence.")
          .field("why", "Why: the figures that differ on the new values, or the error.")
          .schema("UpratingCasesView", "The draft's cases, moved into the new year.")
          .field("kept", "The sentences of the source's cases that still hold: the draft's cases.")
          .field("leftOut", "Those that do not, with why; write them again for the new figures.")
          .schema("UpratingView", "An uprating draft: next year's figures for one area.")
          .field("area", "The area.")
          .field("version", "The draft's version: its first day.")
          .field("source", "The version it was made from.")
          .field("effectiveFrom", "Its first day in force: the commencement date.")
          .field("year", "The charging year it starts, e.g. 2026/27.")
          .codes(
              "state",
              List.of("DRAFT", "SCHEDULED", "PUBLISHED", "WITHDRAWN"),
              "Its publication state.")
          .field("circular", "The circular entered.")
          .field("threshold", "The threshold used for OVER_THRESHOLD, in per cent.")
          .field("summary", "How many figures are entered, carried, unchanged, missing, over.")
          .field("figures", "Every figure, in parameters.yaml order.")
          .field("cases", "The cases kept and left out.")
          .field("createdBy", "Who started the draft.")
          .field("createdAt", "When, ISO-8601 UTC.")
          .field("updatedBy", "Who last changed it.")
          .field("updatedAt", "When, ISO-8601 UTC.");

  private UpratingSchemaDescriptions() {}
}
