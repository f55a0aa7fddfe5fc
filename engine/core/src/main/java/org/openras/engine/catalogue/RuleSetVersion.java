package org.openras.engine.catalogue;

import java.time.LocalDate;

/**
 * One dated version of a rule area: its manifest, files and hash, and the last day it is in force
 * (its own {@code effectiveTo}, or the day before the next version of its area starts).
 */
public record RuleSetVersion(
    RuleSetManifest manifest, RuleSetSource source, String hash, LocalDate lastDay) {

  public String area() {
    return manifest.area();
  }

  public String version() {
    return manifest.version();
  }

  public LocalDate effectiveFrom() {
    return manifest.effectiveFrom();
  }

  public Period period() {
    return new Period(version(), effectiveFrom(), lastDay);
  }

  public boolean covers(LocalDate date) {
    return period().covers(date);
  }

  /**
   * The Java/DRL package its rules must declare: {@code org.openras.rules.<area>.v<yyyy_mm_dd>}.
   */
  public String drlPackage() {
    return "org.openras.rules."
        + area().replace('/', '.').replace('-', '_')
        + ".v"
        + version().replace('-', '_');
  }

  /** Area, version and the first twelve hex digits of the hash, for logs. */
  public String label() {
    return area() + "/" + version() + "@" + hash.substring(0, 12);
  }
}
