package org.openras.engine.sources;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a citation text stands for.
 *
 * @param text the citation as written in the rule or parameter
 * @param citations the documents it names, in the order written (empty when it does not resolve)
 * @param legacy true when the text is a free-text citation of a version published before the
 *     bibliography, resolved through its {@code citations:} map
 * @param problems why it does not resolve (an unknown id, or free text not in the map); empty when
 *     it does
 */
public record Resolution(
    String text, List<Citation> citations, boolean legacy, List<String> problems) {

  public Resolution {
    citations = List.copyOf(citations);
    problems = List.copyOf(problems);
  }

  /** True when every part names a listed document. */
  @JsonProperty("resolved")
  public boolean resolved() {
    return problems.isEmpty() && !citations.isEmpty();
  }
}
