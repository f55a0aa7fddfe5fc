package org.openras.engine.directpayment;

import java.time.LocalDate;

/** A date the rules set: when the next review or the next return is due. */
public final class DueDate {
  public static final String REVIEW = "review";
  public static final String RETURN = "return";

  private final String what;
  private final LocalDate date;

  public DueDate(String what, LocalDate date) {
    this.what = what;
    this.date = date;
  }

  public String getWhat() {
    return what;
  }

  public LocalDate getDate() {
    return date;
  }
}
