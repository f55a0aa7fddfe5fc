package org.openras.engine.catalogue;

import java.time.LocalDate;

/**
 * The days a rule-set version is in force: {@code from} is the first day, {@code to} the last day
 * (inclusive), or null when the version runs on until a later version replaces it.
 */
public record Period(String version, LocalDate from, LocalDate to) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  @Override
  public String toString() {
    return version + " (" + from + " to " + (to == null ? "open" : to.toString()) + ")";
  }
}
