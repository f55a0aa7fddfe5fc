package org.openras.engine.uprating;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft of next year's figures: the new version of {@code area} named and effective from {@code
 * effectiveFrom}, made from {@code source}, with every dated figure and what the officer entered,
 * the circular the values come from, and which of the source's cases still hold on it.
 *
 * @param casesKept the sentences of the source's cases, moved to the new year, that pass on the
 *     draft's figures (null until the draft has been built)
 * @param casesLeftOut those that do not, with why; they are not in the draft
 */
public record UpratingDraft(
    String area,
    String source,
    String version,
    LocalDate effectiveFrom,
    String circularTitle,
    String circularUrl,
    List<UpratingFigure> figures,
    List<String> casesKept,
    List<LeftOutCase> casesLeftOut) {

  public UpratingDraft {
    figures = List.copyOf(figures);
    casesKept = casesKept == null ? List.of() : List.copyOf(casesKept);
    casesLeftOut = casesLeftOut == null ? List.of() : List.copyOf(casesLeftOut);
  }

  /** A case of the source left out of the draft, and why (its first difference or error). */
  public record LeftOutCase(String file, String name, String why) {}

  /** The charging year the draft starts, as {@code 2026/27}. */
  public String year() {
    return Uprating.yearOf(effectiveFrom);
  }

  UpratingDraft with(List<UpratingFigure> figures, String circularTitle, String circularUrl) {
    return new UpratingDraft(
        area, source, version, effectiveFrom, circularTitle, circularUrl, figures, null, null);
  }

  public UpratingDraft withCases(List<String> kept, List<LeftOutCase> leftOut) {
    return new UpratingDraft(
        area, source, version, effectiveFrom, circularTitle, circularUrl, figures, kept, leftOut);
  }
}
