package org.openras.engine.request;

import java.time.LocalDate;

/**
 * The person being assessed, without a name: date of birth and primary support reason; the
 * household (appended for the financial assessment's Minimum Income Guarantee; absent means single,
 * no children).
 */
public record PersonDetails(
    LocalDate dateOfBirth, PrimarySupportReason primarySupportReason, Household household) {

  public PersonDetails {
    household = household == null ? Household.SINGLE : household;
  }

  public PersonDetails(LocalDate dateOfBirth, PrimarySupportReason primarySupportReason) {
    this(dateOfBirth, primarySupportReason, null);
  }
}
