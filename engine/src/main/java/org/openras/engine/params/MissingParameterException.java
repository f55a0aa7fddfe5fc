package org.openras.engine.params;

import java.time.LocalDate;
import org.openras.engine.OpenRasException;

/**
 * A calculation needs a figure the rule set does not hold for the date (for example one the domain
 * brief marks "not retrieved"). The figure is never guessed; this names it.
 */
public class MissingParameterException extends OpenRasException {
  private final String area;
  private final String version;
  private final String parameter;
  private final LocalDate date;

  public MissingParameterException(
      String area, String version, String parameter, LocalDate date, String why) {
    super(
        "The "
            + area
            + " rule set "
            + version
            + " has no value for parameter '"
            + parameter
            + "' on "
            + date
            + ": "
            + why);
    this.area = area;
    this.version = version;
    this.parameter = parameter;
    this.date = date;
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

  public LocalDate date() {
    return date;
  }
}
