package org.openras.engine.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * A version's {@code ruleset.yaml}. Publication state is not here (DESIGN.md §3): publishing never
 * changes a version's content or hash.
 *
 * @param effectiveFrom first day in force
 * @param effectiveTo last day in force (inclusive), or null to run until the next version starts
 * @param illustrative true when the figures are examples a council must replace
 * @param allowsGaps true (default false) for areas where no version in force means "nothing
 *     applies" (adjustments)
 * @param stages the version's named stages in the order they run: each is a Drools agenda group
 *     that the version's rules name ({@code agenda-group "income"}). Empty for a version written
 *     before stages were named, whose rules run in one group ordered by salience (ADR 0012)
 */
public record RuleSetManifest(
    String area,
    String version,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String title,
    String summary,
    String supersedes,
    Boolean illustrative,
    Boolean allowsGaps,
    List<Reference> references,
    List<String> stages) {

  /** A regulation, circular or council decision the version implements. */
  public record Reference(String title, String url) {}

  public RuleSetManifest {
    illustrative = Boolean.TRUE.equals(illustrative);
    allowsGaps = Boolean.TRUE.equals(allowsGaps);
    references = references == null ? List.of() : List.copyOf(references);
    stages = stages == null ? List.of() : List.copyOf(stages);
  }
}
