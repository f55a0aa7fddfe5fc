package org.openras.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of the State Pension age timetable for women (pension credit qualifying age) [I]. */
class PensionCreditAgeTest {

  @ParameterizedTest(name = "born {0}: pension credit age from {1}")
  @CsvSource({
    "1950-04-05, 2010-04-05", // born before 6.4.1950: 60th birthday
    "1950-04-06, 2010-05-06", // first band of the 1995 Act table
    "1950-05-05, 2010-05-06",
    "1950-05-06, 2010-07-06",
    "1953-04-05, 2016-03-06", // last band before the 2011 Act
    "1953-04-06, 2016-07-06", // 2011 Act: four-month steps
    "1953-11-20, 2018-11-06",
    "1953-12-06, 2019-03-06",
    "1954-01-06, 2019-05-06", // two-month steps
    "1954-10-05, 2020-09-06",
    "1954-10-06, 2020-10-06", // 66th birthday
    "1960-04-05, 2026-04-05",
    "1960-04-06, 2026-05-06", // 66 and one month
    "1961-03-05, 2028-02-05", // 66 and eleven months
    "1961-03-06, 2028-03-06", // 67th birthday
    "1977-04-06, 2044-05-06", // 2007 Act steps to 68
    "1978-04-06, 2046-04-06" // 68th birthday
  })
  void followsTheTimetable(LocalDate born, LocalDate from) {
    assertThat(PensionCreditAge.dateReached(born)).isEqualTo(from);
  }

  @ParameterizedTest(name = "born {0}: on {1} reached = {2}")
  @CsvSource({"1957-07-15, 2023-07-14, false", "1957-07-15, 2023-07-15, true"})
  void reachedOnTheDayItself(LocalDate born, LocalDate date, boolean reached) {
    assertThat(PensionCreditAge.reached(born, date)).isEqualTo(reached);
  }
}
