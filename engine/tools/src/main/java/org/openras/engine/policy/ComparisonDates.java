package org.openras.engine.policy;

import java.time.LocalDate;
import org.openras.engine.catalogue.RuleSetVersion;

/**
 * The days on which two versions of an area are compared. Two versions of an area cover different
 * days, so each is read on a day it covers, next to the switch between them: the earlier version on
 * its last day before the later one starts, the later version on its first day. Figures are what
 * people get the day before and the day after the change.
 */
record ComparisonDates(LocalDate from, LocalDate to) {

  static ComparisonDates of(RuleSetVersion a, RuleSetVersion b) {
    if (a.effectiveFrom().isBefore(b.effectiveFrom())) {
      return new ComparisonDates(lastDayBefore(a, b.effectiveFrom()), b.effectiveFrom());
    }
    if (b.effectiveFrom().isBefore(a.effectiveFrom())) {
      return new ComparisonDates(a.effectiveFrom(), lastDayBefore(b, a.effectiveFrom()));
    }
    return new ComparisonDates(a.effectiveFrom(), b.effectiveFrom());
  }

  private static LocalDate lastDayBefore(RuleSetVersion earlier, LocalDate laterStart) {
    LocalDate dayBefore = laterStart.minusDays(1);
    LocalDate last = earlier.lastDay();
    return last != null && last.isBefore(dayBefore) ? last : dayBefore;
  }
}
