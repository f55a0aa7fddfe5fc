package org.openras.service.api;

/** Words for the rules' bibliography and a resolved citation (docs/adr/0013-bibliography.md). */
final class SourcesSchemaDescriptions {
  static final SchemaWords WORDS =
      new SchemaWords()
          .schema("SourceList", "The rules' bibliography (rules/sources.yaml).")
          .field("sources", "Every document the rules cite, by id.")
          .field(
              "citations",
              "Free-text citations of versions published before the bibliography, each mapped to"
                  + " the citation in ids it stands for ('charging-regs-2014 reg 7(2)(a)').")
          .schema("Source", "One document the rules cite.")
          .field("id", "How citations name it, e.g. charging-regs-2014.")
          .field(
              "kind",
              "primary (legislation, statutory guidance, circulars, judgments), council (a named"
                  + " council's policy), secondary (a page reporting a primary source) or"
                  + " repository (a file of OpenRAS).")
          .field("title", "The document's title.")
          .field("publisher", "Who publishes it.")
          .field("date", "When it was made or published, as precisely as known; absent if not.")
          .field("url", "Where to read it; absent for a file of the repository.")
          .field("path", "For a file of the repository, its path; otherwise absent.")
          .field("paragraph", "The part of the document the entry is, when it is one part.")
          .field("note", "What the rules rely on in it, or how it was read.")
          .schema("Resolution", "What a citation stands for.")
          .field("text", "The citation as the rule or parameter wrote it.")
          .field("citations", "The documents it cites, in the order written.")
          .field(
              "legacy",
              "True when it is a published version's free text, resolved through the"
                  + " bibliography's map.")
          .field("problems", "Why it does not resolve: an unknown id, or unmapped free text.")
          .field("resolved", "True when every part names a listed document.")
          .schema("Citation", "One document a citation names, with the place in it.")
          .field("source", "The document.")
          .field("pinpoint", "The regulation, section, paragraph or annex; absent for all of it.")
          .field(
              "path",
              "For this-version, the citing version's folder (rules/ras/2025-04-01/); otherwise"
                  + " absent.")
          .field("inWords", "Title, pinpoint, publisher and date in one line.")
          .field("link", "Where to read it: its url, or the repository path.");

  private SourcesSchemaDescriptions() {}
}
