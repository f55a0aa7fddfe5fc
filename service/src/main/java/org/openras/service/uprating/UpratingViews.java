package org.openras.service.uprating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.openras.engine.uprating.FigureChange;
import org.openras.engine.uprating.FigureChange.Flag;
import org.openras.engine.uprating.UpratingFigure;
import org.openras.service.uprating.UpratingDraftTable.StoredDraft;

/** What the uprating endpoints take and answer. */
final class UpratingViews {
  private UpratingViews() {}

  /** Starting next year's figures; every field optional. */
  record UpratingStartRequest(String source, String on, String effectiveFrom) {}

  /** The circular the new values come from. */
  record UpratingCircular(String title, String url) {}

  /** What the officer enters for one figure. */
  record UpratingEntry(String id, String value, String marker, String note, Boolean carry) {}

  /** The officer's entries: figures not named keep what they had. */
  record UpratingEntriesRequest(UpratingCircular circular, List<UpratingEntry> figures) {}

  /** Last year's value of a figure. */
  record UpratingLast(String value, String marker, LocalDate from, String note) {}

  /** One figure: last year's, the new one, the change and its flags. */
  record UpratingFigureView(
      String id,
      String parameter,
      String key,
      String description,
      String unit,
      String period,
      UpratingLast last,
      String value,
      String marker,
      String note,
      boolean carried,
      String newValue,
      String change,
      BigDecimal percent,
      String changeInWords,
      List<String> flags) {}

  /** Counts for the summary of changes. */
  record UpratingSummary(
      int figures, int entered, int carried, int unchanged, int missing, int overThreshold) {}

  /** A source case left out of the draft. */
  record UpratingLeftOutCase(String file, String name, String why) {}

  /** The draft's cases. */
  record UpratingCasesView(List<String> kept, List<UpratingLeftOutCase> leftOut) {}

  /** An uprating draft. */
  record UpratingView(
      String area,
      String version,
      String source,
      LocalDate effectiveFrom,
      String year,
      String state,
      UpratingCircular circular,
      BigDecimal threshold,
      UpratingSummary summary,
      List<UpratingFigureView> figures,
      UpratingCasesView cases,
      String createdBy,
      OffsetDateTime createdAt,
      String updatedBy,
      OffsetDateTime updatedAt) {}

  static UpratingView of(StoredDraft s, String state, BigDecimal threshold) {
    var d = s.draft();
    List<FigureChange> changes = FigureChange.of(d, threshold);
    return new UpratingView(
        d.area(),
        d.version(),
        d.source(),
        d.effectiveFrom(),
        d.year(),
        state,
        new UpratingCircular(d.circularTitle(), d.circularUrl()),
        threshold,
        summary(changes),
        changes.stream().map(UpratingViews::figure).toList(),
        new UpratingCasesView(
            d.casesKept(),
            d.casesLeftOut().stream()
                .map(l -> new UpratingLeftOutCase(l.file(), l.name(), l.why()))
                .toList()),
        s.createdBy(),
        s.createdAt(),
        s.updatedBy(),
        s.updatedAt());
  }

  static UpratingSummary summary(List<FigureChange> changes) {
    return new UpratingSummary(
        changes.size(),
        (int) changes.stream().filter(c -> c.figure().value() != null).count(),
        (int) changes.stream().filter(c -> c.figure().carried()).count(),
        count(changes, Flag.UNCHANGED),
        count(changes, Flag.MISSING),
        count(changes, Flag.OVER_THRESHOLD));
  }

  private static int count(List<FigureChange> changes, Flag flag) {
    return (int) changes.stream().filter(c -> c.flagged(flag)).count();
  }

  private static UpratingFigureView figure(FigureChange c) {
    UpratingFigure f = c.figure();
    return new UpratingFigureView(
        f.id(),
        f.parameter(),
        f.key(),
        f.description(),
        f.unit(),
        f.period(),
        f.lastValue() == null
            ? null
            : new UpratingLast(f.lastValue(), f.lastMarker(), f.lastFrom(), f.lastNote()),
        f.value(),
        f.marker(),
        f.note(),
        f.carried(),
        f.newValue(),
        c.difference() == null ? null : c.difference().toPlainString(),
        c.percent(),
        c.words(),
        c.flags().stream().map(Flag::name).toList());
  }
}
