package org.openras.service.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A date as the GOV.UK Design System asks for it: day, month and year in three boxes (the "date
 * input" component), read with the Design System's error messages ("… must include a month", "…
 * must be a real date"). Bound from {@code <field>.day}, {@code <field>.month} and {@code
 * <field>.year}.
 */
public final class DateInput {
  private String day;
  private String month;
  private String year;

  public DateInput() {}

  public DateInput(String day, String month, String year) {
    this.day = day;
    this.month = month;
    this.year = year;
  }

  /**
   * The date, or null with one error on {@code field}; {@code what} names the date in a sentence,
   * starting lower case ("the assessment date").
   */
  public LocalDate read(String field, String what, PageErrors errors) {
    List<String> missing = new ArrayList<>();
    if (blank(day)) {
      missing.add("a day");
    }
    if (blank(month)) {
      missing.add("a month");
    }
    if (blank(year)) {
      missing.add("a year");
    }
    String subject = Character.toUpperCase(what.charAt(0)) + what.substring(1);
    if (missing.size() == 3) {
      errors.add(field, "Enter " + what);
      return null;
    }
    if (!missing.isEmpty()) {
      errors.add(field, subject + " must include " + String.join(" and ", missing));
      return null;
    }
    if (!year.strip().matches("\\d{4}")) {
      errors.add(field, subject + " must have a year with 4 numbers, for example 2025");
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(year.strip()),
          Integer.parseInt(month.strip()),
          Integer.parseInt(day.strip()));
    } catch (NumberFormatException | DateTimeException e) {
      errors.add(field, subject + " must be a real date, for example 2 6 2025");
      return null;
    }
  }

  /** True when all three boxes are empty (an optional date left out). */
  public boolean empty() {
    return blank(day) && blank(month) && blank(year);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getDay() {
    return day;
  }

  public void setDay(String v) {
    day = v;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String v) {
    month = v;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String v) {
    year = v;
  }
}
