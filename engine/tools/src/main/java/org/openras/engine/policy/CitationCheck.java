package org.openras.engine.policy;

import java.util.List;
import org.openras.engine.sources.Bibliography;
import org.openras.engine.sources.Resolution;

/**
 * Every citation of the version resolves in the bibliography ({@code rules/sources.yaml}): each
 * {@code @source} and parameter reference is written as source ids with pinpoints ({@code
 * charging-regs-2014 reg 7(2)(a)}), or is the free text of a published version that the
 * bibliography's {@code citations:} maps to ids. An unknown id, or free text the bibliography does
 * not map, is an error at its file and line (docs/adr/0013-bibliography.md).
 */
final class CitationCheck {
  private CitationCheck() {}

  static void check(VersionFolder folder, Bibliography bibliography, List<Finding> out) {
    if (bibliography.isEmpty()) {
      out.add(
          Finding.error(
              folder.source().location(),
              0,
              "no bibliography (" + Bibliography.FILE + ") at the root of the rule store",
              "keep " + Bibliography.FILE + " beside the area folders, as rules/ has it"));
      return;
    }
    for (VersionCitations.Cited c : VersionCitations.of(folder.source())) {
      Resolution r = bibliography.resolve(c.text(), folder.source().location());
      if (!r.resolved()) {
        out.add(
            Finding.error(
                folder.file(c.file()),
                c.line(),
                c.what() + " cites \"" + c.text() + "\": " + String.join("; ", r.problems()),
                "cite documents by their id in "
                    + Bibliography.FILE
                    + ", each with its pinpoint (\"charging-regs-2014 reg 7; care-statutory-guidance"
                    + " Annex C\"); add a document that is not there, or run 'policy cite' to"
                    + " rewrite a published version's wording"));
      }
    }
  }
}
