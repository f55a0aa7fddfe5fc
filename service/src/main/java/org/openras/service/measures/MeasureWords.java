package org.openras.service.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openras.engine.measures.Exclusion;
import org.openras.engine.measures.MilestoneCheck;
import org.springframework.stereotype.Component;

/**
 * Dates, times and states as the measures pages write them: "2 June 2025", times in UK local time
 * ("2 December 2026 at 10:52am"), a milestone's state as a GOV.UK tag.
 */
@Component("measureWords")
public class MeasureWords {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  public String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  public String time(Instant i) {
    return i == null ? "" : TIME.format(i).replace("AM", "am").replace("PM", "pm");
  }

  public String tagClass(MilestoneCheck.Status s) {
    return switch (s) {
      case MET -> "govuk-tag govuk-tag--green";
      case ON_TRACK -> "govuk-tag govuk-tag--blue";
      case BEHIND -> "govuk-tag govuk-tag--orange";
      case MISSED -> "govuk-tag govuk-tag--red";
      case NO_FIGURES -> "govuk-tag govuk-tag--grey";
    };
  }

  public String exclusion(Exclusion e) {
    return e == null ? "" : e.words();
  }

  public String percent(java.math.BigDecimal p) {
    return p == null ? "no one counted" : p.toPlainString() + "%";
  }
}
