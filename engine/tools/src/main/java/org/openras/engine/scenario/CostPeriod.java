package org.openras.engine.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Part of a financial year in which the same rule-set versions, and the same dated figures within
 * them, are in force: a person is calculated once for it, on its first day.
 *
 * @param from the first day
 * @param to the last day (inclusive)
 */
public record CostPeriod(LocalDate from, LocalDate to) {

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  @Override
  public String toString() {
    return from + " to " + to + " (" + days() + " days)";
  }
}
