package org.openras.engine.measures;

import java.time.LocalDate;
import java.util.Objects;
import org.openras.engine.request.PrimarySupportReason;

/**
 * One line of a council's register: a spell of long-term support for one person (a pseudonymous
 * reference, never a name).
 *
 * @param personRef the council's pseudonymous reference; several lines may share it
 * @param clientType a person who uses services or a carer
 * @param clientGroup the primary support reason; may be absent for a carer
 * @param dateOfBirth to work out age on a period's last day
 * @param setting where the support is given
 * @param management how the budget is managed
 * @param start the first day of the support
 * @param end the last day of the support; absent while it goes on
 */
public record ServiceRecord(
    String personRef,
    ClientType clientType,
    PrimarySupportReason clientGroup,
    LocalDate dateOfBirth,
    SupportSetting setting,
    BudgetManagement management,
    LocalDate start,
    LocalDate end) {

  public ServiceRecord {
    Objects.requireNonNull(personRef, "personRef");
    Objects.requireNonNull(clientType, "clientType");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(management, "management");
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  /** True when the support is open on {@code day}. */
  public boolean openOn(LocalDate day) {
    return !start.isAfter(day) && (end == null || !end.isBefore(day));
  }

  /** True when the support is open on any day of the period. */
  public boolean openDuring(ReportingPeriod period) {
    return !start.isAfter(period.end()) && (end == null || !end.isBefore(period.start()));
  }

  /** Age in whole years on {@code day}. */
  public int ageOn(LocalDate day) {
    return java.time.Period.between(dateOfBirth, day).getYears();
  }
}
