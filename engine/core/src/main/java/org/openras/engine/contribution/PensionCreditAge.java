package org.openras.engine.contribution;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The date a person reaches pension credit qualifying age, which decides the older-person rate of
 * the Minimum Income Guarantee (Charging Regulations 2014 reg 7). Pension credit qualifying age is
 * the State Pension age of a woman born on the same day (State Pension Credit Act 2002 s.1(6)), so
 * the women's timetable applies to everyone.
 *
 * <p>[I] The whole timetable below is written from background knowledge of the Pensions Act 1995
 * Schedule 4 as amended by the Pensions Acts 2007, 2011 and 2014 and the GOV.UK State Pension age
 * tables. Confirm each row against
 * https://www.gov.uk/government/publications/state-pension-age-timetable before release. A birthday
 * on 29 February is taken, in a common year, as 28 February (java.time); also [I].
 */
public final class PensionCreditAge {
  private static final LocalDate FROM_60 = LocalDate.of(1950, 4, 6);
  private static final LocalDate ACT_2011 = LocalDate.of(1953, 4, 6);
  private static final LocalDate TWO_MONTH_STEPS = LocalDate.of(1954, 1, 6);
  private static final LocalDate AGE_66 = LocalDate.of(1954, 10, 6);
  private static final LocalDate MONTHLY_TO_67 = LocalDate.of(1960, 4, 6);
  private static final LocalDate AGE_67 = LocalDate.of(1961, 3, 6);
  private static final LocalDate TO_68 = LocalDate.of(1977, 4, 6);
  private static final LocalDate AGE_68 = LocalDate.of(1978, 4, 6);

  private PensionCreditAge() {}

  /** True when the person has reached pension credit qualifying age on {@code date}. */
  public static boolean reached(LocalDate dateOfBirth, LocalDate date) {
    return !date.isBefore(dateReached(dateOfBirth));
  }

  /** The first day on which a person born on {@code dob} is of pension credit qualifying age. */
  public static LocalDate dateReached(LocalDate dob) {
    if (dob.isBefore(FROM_60)) {
      return dob.plusYears(60); // 60th birthday (Pensions Act 1995, women born before 6.4.1950)
    }
    if (dob.isBefore(ACT_2011)) {
      // 1995 Act Sch 4 para 1: each month of birth from 6 April 1950 adds two months.
      return LocalDate.of(2010, 5, 6).plusMonths(2L * band(FROM_60, dob));
    }
    if (dob.isBefore(TWO_MONTH_STEPS)) {
      // Pensions Act 2011 s.1: four-month steps from 6 July 2016 to 6 March 2019.
      return LocalDate.of(2016, 7, 6).plusMonths(4L * band(ACT_2011, dob));
    }
    if (dob.isBefore(AGE_66)) {
      // Pensions Act 2011 s.1: two-month steps from 6 May 2019 to 6 September 2020.
      return LocalDate.of(2019, 5, 6).plusMonths(2L * band(TWO_MONTH_STEPS, dob));
    }
    if (dob.isBefore(MONTHLY_TO_67)) {
      return dob.plusYears(66); // Pensions Act 2011: 66th birthday
    }
    if (dob.isBefore(AGE_67)) {
      // Pensions Act 2014 s.26: 66 years and 1 to 11 months for births 6.4.1960 to 5.3.1961.
      return dob.plusYears(66).plusMonths(band(MONTHLY_TO_67, dob) + 1L);
    }
    if (dob.isBefore(TO_68)) {
      return dob.plusYears(67); // Pensions Act 2014: 67th birthday
    }
    if (dob.isBefore(AGE_68)) {
      // Pensions Act 2007 s.13: two-month steps from 6 May 2044 to 6 March 2046.
      return LocalDate.of(2044, 5, 6).plusMonths(2L * band(TO_68, dob));
    }
    return dob.plusYears(68); // Pensions Act 2007: 68th birthday
  }

  /** Which band of the table a birth date falls in: bands run from the 6th to the 5th. */
  private static long band(LocalDate first, LocalDate dob) {
    return ChronoUnit.MONTHS.between(first.withDayOfMonth(1), dob.minusDays(5).withDayOfMonth(1));
  }
}
