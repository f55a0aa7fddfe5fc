package org.openras.engine.uprating;

import java.time.LocalDate;

/**
 * One figure of an uprating draft: a parameter (and key, for a keyed table), what it is, last
 * year's value as the source version holds it on the day before the new version starts (null when
 * absent), and what the officer entered: a value with its marker and note, or carried forward (last
 * year's value kept), or nothing (absent from the new date, never zero).
 *
 * @param key the table's key, or empty for a plain figure
 * @param value the value entered, or null
 * @param carried true when the officer keeps last year's value
 */
public record UpratingFigure(
    String parameter,
    String key,
    String description,
    String unit,
    String period,
    String lastValue,
    String lastMarker,
    LocalDate lastFrom,
    String lastNote,
    String value,
    String marker,
    String note,
    boolean carried) {

  /** How the figure is named in forms, files and problem details: {@code parameter.KEY}. */
  public String id() {
    return key.isEmpty() ? parameter : parameter + "." + key;
  }

  /** The value the new version holds from its first day, or null when it is absent. */
  public String newValue() {
    return carried ? lastValue : value;
  }

  public String newMarker() {
    return carried ? lastMarker : marker;
  }

  public boolean absent() {
    return newValue() == null;
  }

  /** Money figures are uprated each April; others (treatments, ages, steps) rarely change. */
  public boolean money() {
    return "GBP".equals(unit);
  }

  UpratingFigure entered(String value, String marker, String note, boolean carried) {
    return new UpratingFigure(
        parameter,
        key,
        description,
        unit,
        period,
        lastValue,
        lastMarker,
        lastFrom,
        lastNote,
        carried ? null : value,
        carried ? null : marker,
        note,
        carried && lastValue != null);
  }
}
