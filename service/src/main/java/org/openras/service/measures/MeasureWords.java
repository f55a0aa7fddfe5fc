package org.openras.service.measures;

import java.time.Instant;
import java.time.LocalDate;
import org.openras.engine.measures.Exclusion;
import org.openras.engine.measures.MilestoneCheck;
import org.springframework.stereotype.Component;

/**
 * Dates, times and states as the measures pages write them: "2 June 2025", times in UK local time
 * (as web.Formats writes them), a milestone's state as a GOV.UK tag.
 */
@Component("measureWords")
public class MeasureWords {
  public String day(LocalDate d) {
    return d == null ? "" : org.openras.service.web.Formats.date(d);
  }

  public String time(Instant i) {
    return i == null ? "" : org.openras.service.web.Formats.time(i);
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
