package org.openras.engine.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.openras.engine.OpenRasException;

/**
 * No rule-set version can be used for a calculation: none is in force in the area on the date, or
 * the version a request pinned does not exist or does not cover the date. Never a silent zero.
 */
public class RuleSetSelectionException extends OpenRasException {
  private final String area;
  private final LocalDate date;
  private final String pinnedVersion;
  private final List<Period> periods;

  public RuleSetSelectionException(
      String area, LocalDate date, String pinnedVersion, List<Period> periods, String message) {
    super(message);
    this.area = area;
    this.date = date;
    this.pinnedVersion = pinnedVersion;
    this.periods = List.copyOf(periods);
  }

  static RuleSetSelectionException noneInForce(String area, LocalDate date, List<Period> periods) {
    return new RuleSetSelectionException(
        area,
        date,
        null,
        periods,
        "No "
            + area
            + " rule set is in force on "
            + date
            + "; periods available: "
            + describe(periods));
  }

  static RuleSetSelectionException pinnedUnknown(
      String area, LocalDate date, String version, List<Period> periods) {
    return new RuleSetSelectionException(
        area,
        date,
        version,
        periods,
        "There is no "
            + area
            + " rule set version "
            + version
            + "; versions available: "
            + describe(periods));
  }

  static RuleSetSelectionException pinnedNotCovering(
      String area, LocalDate date, String version, List<Period> periods) {
    return new RuleSetSelectionException(
        area,
        date,
        version,
        periods,
        "The pinned "
            + area
            + " rule set version "
            + version
            + " is not in force on "
            + date
            + "; periods available: "
            + describe(periods));
  }

  private static String describe(List<Period> periods) {
    return periods.isEmpty()
        ? "none"
        : String.join(", ", periods.stream().map(Period::toString).toList());
  }

  public String area() {
    return area;
  }

  public LocalDate date() {
    return date;
  }

  /** The version the request pinned, or null when the version was chosen by date. */
  public String pinnedVersion() {
    return pinnedVersion;
  }

  public List<Period> periods() {
    return periods;
  }
}
