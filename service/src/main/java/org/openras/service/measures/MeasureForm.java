package org.openras.service.measures;

import java.time.LocalDate;
import org.openras.engine.measures.ReportingPeriod;
import org.openras.service.web.DateInput;
import org.openras.service.web.PageErrors;

/**
 * The dashboard's question, as the page's form sends it (a GET form, so a report can be linked).
 */
public class MeasureForm {
  private DateInput from = new DateInput();
  private DateInput to = new DateInput();
  private String period;
  private String council;

  public DateInput getFrom() {
    return from;
  }

  public void setFrom(DateInput from) {
    this.from = from;
  }

  public DateInput getTo() {
    return to;
  }

  public void setTo(DateInput to) {
    this.to = to;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getCouncil() {
    return council;
  }

  public void setCouncil(String council) {
    this.council = council;
  }

  boolean isBlank() {
    return blank(from) && blank(to) && period == null;
  }

  private static boolean blank(DateInput d) {
    return empty(d.getDay()) && empty(d.getMonth()) && empty(d.getYear());
  }

  private static boolean empty(String s) {
    return s == null || s.isBlank();
  }

  static DateInput of(LocalDate d) {
    return new DateInput(
        String.valueOf(d.getDayOfMonth()),
        String.valueOf(d.getMonthValue()),
        String.valueOf(d.getYear()));
  }

  ReportingPeriod.Length length(PageErrors errors) {
    if (period == null || period.isBlank()) {
      return ReportingPeriod.Length.QUARTER;
    }
    try {
      return ReportingPeriod.Length.valueOf(period);
    } catch (IllegalArgumentException e) {
      errors.add("period", "Select months, quarters or years");
      return null;
    }
  }

  /** The question, or null with each problem on its field. */
  Measures.Query query(PageErrors errors) {
    LocalDate f = from.read("from", "the first day", errors);
    LocalDate t = to.read("to", "the last day", errors);
    ReportingPeriod.Length l = length(errors);
    if (f != null && t != null && t.isBefore(f)) {
      errors.add("to", "The last day must be the same as or after the first day");
    }
    if (errors.any()) {
      return null;
    }
    return new Measures.Query(f, t, l, council == null || council.isBlank() ? null : council);
  }
}
