package org.openras.engine.directpayment;

/** The kinds of outstanding commitment a direct-payment account may have to meet. */
public enum CommitmentKind {
  /** A personal assistant's wages owed for work done. */
  WAGES,
  /** Holiday pay a personal assistant has accrued and not taken. */
  HOLIDAY_PAY,
  /** Employer's National Insurance and pension contributions owed. */
  EMPLOYER_NI_AND_PENSION,
  /** An agency's or provider's invoice for care given. */
  AGENCY_INVOICE,
  /** A personal assistant's notice pay (their employment ends with the direct payment). */
  NOTICE_PAY,
  /** Statutory redundancy pay due to a personal assistant. */
  REDUNDANCY_PAY;

  /**
   * True for a liability that arises because the employment ends (notice, redundancy) or was earned
   * before it (holiday pay): met whatever day it is paid for.
   */
  public boolean arisesOnEnding() {
    return this == HOLIDAY_PAY || this == NOTICE_PAY || this == REDUNDANCY_PAY;
  }
}
