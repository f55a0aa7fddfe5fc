package org.openras.engine.result;

import java.time.LocalDate;
import java.util.List;
import org.openras.engine.catalogue.RuleSetManifest.Reference;
import org.openras.engine.catalogue.RuleSetVersion;

/** A rule-set version a result used: area, version, hash, its period and its references. */
public record RuleSetUsed(
    String area,
    String version,
    String hash,
    String title,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    boolean illustrative,
    List<Reference> references) {

  public static RuleSetUsed of(RuleSetVersion v) {
    return new RuleSetUsed(
        v.area(),
        v.version(),
        v.hash(),
        v.manifest().title(),
        v.effectiveFrom(),
        v.lastDay(),
        v.manifest().illustrative(),
        v.manifest().references());
  }
}
