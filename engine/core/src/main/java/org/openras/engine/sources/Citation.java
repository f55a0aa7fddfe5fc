package org.openras.engine.sources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One document a citation names, with the place in it: {@code charging-regs-2014 reg 7(2)(a)} is
 * the Charging Regulations at {@code reg 7(2)(a)}.
 *
 * @param source the document
 * @param pinpoint the regulation, section, paragraph or annex cited, or null for the whole document
 * @param path for a file of this repository, the file with the citing version filled in ({@code
 *     rules/ras/2025-04-01/}); otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(Source source, String pinpoint, String path) {

  /** In words: {@code Title (SI 2014/2672), reg 7(2)(a) (publisher, date)}. */
  @JsonProperty("inWords")
  public String inWords() {
    StringBuilder s = new StringBuilder(source.title());
    if (pinpoint != null) {
      s.append(", ").append(pinpoint);
    }
    s.append(" (").append(source.publisher());
    if (source.date() != null) {
      s.append(", ").append(source.date());
    }
    return s.append(')').toString();
  }

  /** Where to read it: the url, or the repository path. */
  @JsonProperty("link")
  public String link() {
    return source.url() != null ? source.url() : path != null ? path : source.path();
  }
}
