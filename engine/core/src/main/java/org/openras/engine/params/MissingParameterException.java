package org.openras.engine.params;

import java.time.LocalDate;
import java.time.Month;
import org.openras.engine.OpenRasException;

/**
 * A calculation needs a figure the rule set does not hold for the date (for example one no source
 * gives for that year). The figure is never guessed: this names it, the date and charging year it
 * was needed for, and what would supply it (a policy officer publishing a version that holds it).
 */
public class MissingParameterException extends OpenRasException {
  private final String area;
  private final String version;
  private final String parameter;
  private final String description;
  private final LocalDate date;

  public MissingParameterException(
      String area, String version, String parameter, LocalDate date, String why) {
    this(area, version, parameter, null, date, why);
  }

  public MissingParameterException(
      String area,
      String version,
      String parameter,
      String description,
      LocalDate date,
      String why) {
    super(message(area, version, parameter, description, date, why));
    this.area = area;
    this.version = version;
    this.parameter = parameter;
    this.description = description;
    this.date = date;
  }

  private static String message(
      String area,
      String version,
      String parameter,
      String description,
      LocalDate date,
      String why) {
    return "The "
        + area
        + " rule set "
        + version
        + " has no value for parameter '"
        + parameter
        + "'"
        + (description == null ? "" : " (" + description.strip() + ")")
        + " on "
        + date
        + ", in the "
        + chargingYear(date)
        + " charging year: "
        + why
        + ". The calculation is refused rather than guessed. "
        + "What would supply it: "
        + supply(area, date);
  }

  /**
   * The charging year of a date, as {@code 2026/27}: the year from 6 April, the day the charging
   * regulations' yearly amendments come into force (SI 2023/277 reg 1(2)).
   */
  public static String chargingYear(LocalDate date) {
    int start =
        date.isBefore(LocalDate.of(date.getYear(), Month.APRIL, 6))
            ? date.getYear() - 1
            : date.getYear();
    return start + "/" + String.format("%02d", (start + 1) % 100);
  }

  private static String supply(String area, LocalDate date) {
    return "a policy officer publishing a "
        + area
        + " version with this figure in force on "
        + date
        + ".";
  }

  public String area() {
    return area;
  }

  public String version() {
    return version;
  }

  public String parameter() {
    return parameter;
  }

  /** The parameter's description from its file, or null. */
  public String description() {
    return description;
  }

  public LocalDate date() {
    return date;
  }

  /** The charging year the date falls in, as {@code 2026/27}. */
  public String chargingYear() {
    return chargingYear(date);
  }

  /** What would supply the figure, in plain words. */
  public String whatWouldSupplyIt() {
    return supply(area, date);
  }
}
