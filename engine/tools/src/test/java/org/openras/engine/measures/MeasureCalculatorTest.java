package org.openras.engine.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.engine.measures.BudgetManagement.DIRECT_PAYMENT;
import static org.openras.engine.measures.BudgetManagement.INDIVIDUAL_SERVICE_FUND;
import static org.openras.engine.measures.BudgetManagement.MANAGED_PERSONAL_BUDGET;
import static org.openras.engine.measures.BudgetManagement.NO_PERSONAL_BUDGET;
import static org.openras.engine.measures.ClientType.CARER;
import static org.openras.engine.measures.ClientType.SERVICE_USER;
import static org.openras.engine.measures.SupportSetting.COMMUNITY;
import static org.openras.engine.measures.SupportSetting.RESIDENTIAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.request.PrimarySupportReason;

/**
 * The shipped definitions over a small register counted by hand. Year ends 31 March 2015 (ASCOF 1C
 * from SALT: people on the last day), 31 March 2024 (3D from SALT) and 31 March 2025 (3D from
 * Client Level Data: people at any time in the year).
 */
class MeasureCalculatorTest {
  static final MeasureLibrary LIBRARY = MeasureLibrary.fromDirectory(TestRules.DIR);
  static final LocalDate ADULT = LocalDate.of(1950, 1, 1);

  static ServiceRecord user(
      String ref, SupportSetting setting, BudgetManagement way, LocalDate start, LocalDate end) {
    return new ServiceRecord(
        ref,
        SERVICE_USER,
        PrimarySupportReason.PHYSICAL_PERSONAL_CARE,
        ADULT,
        setting,
        way,
        start,
        end);
  }

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** Twelve lines, ten people: hand-counted below for the year to 31 March 2015. */
  static final List<ServiceRecord> REGISTER =
      List.of(
          user("P01", COMMUNITY, DIRECT_PAYMENT, d(2013, 1, 1), null),
          user("P02", COMMUNITY, MANAGED_PERSONAL_BUDGET, d(2014, 6, 1), null),
          user("P03", COMMUNITY, NO_PERSONAL_BUDGET, d(2012, 1, 1), null),
          // a direct payment and commissioned support at once: part direct payment
          user("P04", COMMUNITY, DIRECT_PAYMENT, d(2014, 1, 1), null),
          user("P04", COMMUNITY, NO_PERSONAL_BUDGET, d(2014, 2, 1), null),
          // residential care and community support: counted in residential, so not counted
          user("P05", RESIDENTIAL, NO_PERSONAL_BUDGET, d(2014, 9, 1), null),
          user("P05", COMMUNITY, DIRECT_PAYMENT, d(2013, 1, 1), null),
          // starts and ends within the year: not open on 31 March 2015
          user("P06", COMMUNITY, DIRECT_PAYMENT, d(2014, 5, 1), d(2014, 11, 30)),
          // ends on the year's last day: still open on it
          user("P07", COMMUNITY, INDIVIDUAL_SERVICE_FUND, d(2014, 5, 1), d(2015, 3, 31)),
          // starts the day after the year ends
          user("P08", COMMUNITY, DIRECT_PAYMENT, d(2015, 4, 1), null),
          // aged 17 on 31 March 2015
          new ServiceRecord(
              "P09",
              SERVICE_USER,
              PrimarySupportReason.LEARNING_DISABILITY,
              d(1997, 4, 1),
              COMMUNITY,
              DIRECT_PAYMENT,
              d(2014, 4, 1),
              null),
          // a carer: not in the people measures
          new ServiceRecord(
              "C01", CARER, null, ADULT, COMMUNITY, DIRECT_PAYMENT, d(2014, 4, 1), d(2014, 6, 30)));

  static final ReportingPeriod YEAR_2014_15 =
      ReportingPeriod.containing(d(2014, 4, 1), ReportingPeriod.Length.YEAR);

  static MeasureFigure count(String id, ReportingPeriod period) {
    return MeasureCalculator.count(
        LIBRARY.definition(id, period.end(), null).orElseThrow(), REGISTER, period);
  }

  @Test
  void selfDirectedSupportAtTheYearEndIsCountedByHand() {
    MeasureFigure f = count("sds-people", YEAR_2014_15);
    assertThat(f.code()).isEqualTo("ASCOF 1C part 1A");
    assertThat(f.version()).isEqualTo("measures/2014-04-01");
    // denominator: P01 (DP), P02 (managed), P03 (none), P04 (part DP), P07 (ISF) = 5
    // numerator: P01, P02, P04, P07 = 4
    assertThat(f.denominator()).isEqualTo(5);
    assertThat(f.numerator()).isEqualTo(4);
    assertThat(f.percent()).isEqualByComparingTo("80.0");
    assertThat(f.excluded())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Exclusion.NOT_SUPPORTED_IN_PERIOD, 2L, // P06 ended, P08 not begun
                Exclusion.SETTING_NOT_COUNTED, 1L, // P05 residential
                Exclusion.UNDER_MINIMUM_AGE, 1L)); // P09
    assertThat(person(f, "P04").management()).isEqualTo(BudgetManagement.PART_DIRECT_PAYMENT);
    assertThat(person(f, "P04").words())
        .isEqualTo(
            "Counted in the numerator and the denominator: has a direct payment and support the"
                + " council arranges, without a personal budget at once, counted as part direct payment.");
    assertThat(person(f, "P09").words())
        .isEqualTo(
            "Not counted: aged 17 on 31 March 2015; the measure counts people aged 18 or over.");
    assertThat(person(f, "P06").words())
        .isEqualTo("Not counted: no support was open on 31 March 2015.");
    assertThat(f.people()).extracting(PersonCount::personRef).doesNotContain("C01");
  }

  @Test
  void directPaymentsAtTheYearEndAreCountedByHand() {
    MeasureFigure f = count("dp-people", YEAR_2014_15);
    // numerator: P01 (DP), P04 (part DP)
    assertThat(f.numerator()).isEqualTo(2);
    assertThat(f.denominator()).isEqualTo(5);
    assertThat(f.percent()).isEqualByComparingTo("40.0");
  }

  @Test
  void carersAreCountedOverTheYear() {
    MeasureFigure f = count("sds-carers", YEAR_2014_15);
    assertThat(f.numerator()).isEqualTo(1);
    assertThat(f.denominator()).isEqualTo(1);
    assertThat(f.people()).extracting(PersonCount::personRef).containsExactly("C01");
  }

  @Test
  void theDefinitionChangesOnItsDateAndTheSameRegisterCountsDifferently() {
    List<ServiceRecord> register =
        List.of(
            user("A", COMMUNITY, DIRECT_PAYMENT, d(2020, 1, 1), null),
            // starts and ends within 2024/25: not open on 31 March 2024 (SALT's day), but open
            // during 2024/25 (CLD)
            user("B", COMMUNITY, NO_PERSONAL_BUDGET, d(2024, 5, 1), d(2024, 9, 30)));
    ReportingPeriod y2023 = ReportingPeriod.containing(d(2023, 4, 1), ReportingPeriod.Length.YEAR);
    ReportingPeriod y2024 = ReportingPeriod.containing(d(2024, 4, 1), ReportingPeriod.Length.YEAR);
    MeasureFigure salt =
        MeasureCalculator.count(
            LIBRARY.definition("sds-people", y2023.end(), null).orElseThrow(), register, y2023);
    MeasureFigure cld =
        MeasureCalculator.count(
            LIBRARY.definition("sds-people", y2024.end(), null).orElseThrow(), register, y2024);
    assertThat(salt.version()).isEqualTo("measures/2023-04-01");
    assertThat(salt.code()).isEqualTo("ASCOF 3D part 1a");
    assertThat(salt.denominator()).isEqualTo(1); // B had not begun on 31 March 2024
    assertThat(cld.version()).isEqualTo("measures/2024-04-01");
    assertThat(cld.denominator()).isEqualTo(2); // B was supported during 2024/25
    assertThat(cld.percent()).isEqualByComparingTo("50.0");
    // the day before the new version, the old one still counts
    assertThat(
            LIBRARY
                .definition("sds-people", d(2024, 3, 31), null)
                .orElseThrow()
                .version()
                .version())
        .isEqualTo("2023-04-01");
    assertThat(LIBRARY.definition("sds-people", d(2014, 3, 31), null)).isEmpty();
  }

  @Test
  void aPeriodBoundaryOnBothSides() {
    List<ServiceRecord> register =
        List.of(
            user("S", COMMUNITY, DIRECT_PAYMENT, d(2015, 3, 31), null), // starts on the last day
            user(
                "E",
                COMMUNITY,
                DIRECT_PAYMENT,
                d(2014, 1, 1),
                d(2015, 3, 30)), // ends the day before
            user(
                "F",
                COMMUNITY,
                DIRECT_PAYMENT,
                d(2014, 1, 1),
                d(2014, 4, 1))); // ends on the first day
    ReportingPeriod march =
        ReportingPeriod.containing(d(2015, 3, 15), ReportingPeriod.Length.MONTH);
    MeasureFigure atEnd =
        MeasureCalculator.count(
            LIBRARY.definition("dp-people", march.end(), null).orElseThrow(), register, march);
    assertThat(atEnd.people())
        .filteredOn(PersonCount::inDenominator)
        .extracting(PersonCount::personRef)
        .containsExactly("S");
    MeasureFigure carersStyle =
        MeasureCalculator.count(
            LIBRARY.definition("dp-people", d(2025, 3, 31), null).orElseThrow(),
            register,
            ReportingPeriod.containing(d(2014, 4, 1), ReportingPeriod.Length.YEAR));
    // counted during 2014/15 under the CLD rule: all three were open on some day of it
    assertThat(carersStyle.denominator()).isEqualTo(3);
  }

  @Test
  void aCouncilsOwnMeasureCountsUsersAndCarersTogether() {
    ReportingPeriod march2013 =
        ReportingPeriod.containing(d(2013, 3, 1), ReportingPeriod.Length.MONTH);
    List<ServiceRecord> register =
        List.of(
            user("U", COMMUNITY, DIRECT_PAYMENT, d(2012, 1, 1), null),
            new ServiceRecord(
                "K", CARER, null, ADULT, COMMUNITY, NO_PERSONAL_BUDGET, d(2012, 1, 1), null));
    MeasureFigure f =
        MeasureCalculator.count(
            LIBRARY.definition("personal-budget-everyone", march2013.end(), "torbay").orElseThrow(),
            register,
            march2013);
    assertThat(f.version()).isEqualTo("measures/councils/torbay/2011-04-01");
    assertThat(f.numerator()).isEqualTo(1);
    assertThat(f.denominator()).isEqualTo(2);
    assertThat(LIBRARY.definition("personal-budget-everyone", march2013.end(), null)).isEmpty();
  }

  @Test
  void byClientGroupAddsUpToTheWhole() {
    MeasureFigure f = count("sds-people", YEAR_2014_15);
    assertThat(f.byGroup().values().stream().mapToLong(MeasureFigure.GroupCount::denominator).sum())
        .isEqualTo(f.denominator());
    assertThat(f.byGroup().get("Physical support: personal care support").percent())
        .isEqualByComparingTo(new BigDecimal("80.0"));
  }

  @Test
  void everyShippedDefinitionResolvesItsSource() {
    assertThat(MeasureLibrary.fromDirectory(TestRules.DIR).versions())
        .extracting(MeasureVersion::location)
        .contains(
            "measures/2014-04-01",
            "measures/2023-04-01",
            "measures/2024-04-01",
            "measures/councils/torbay/2011-04-01");
    assertThat(LIBRARY.plan("torbay").orElseThrow().milestones()).hasSize(3);
  }

  @Test
  void aDefinitionWhoseNumeratorCountsMoreThanItsDenominatorIsRefused() {
    String yaml =
        """
        validFrom: 2030-04-01
        title: "broken"
        measures:
          - id: broken
            code: "X"
            title: "X"
            question: "X"
            owner: national
            source: "ascof-handbook-2024"
            clientTypes: [SERVICE_USER]
            minimumAge: 18
            settings: [COMMUNITY]
            counting: AT_PERIOD_END
            numerator: [DIRECT_PAYMENT]
            denominator: [NO_PERSONAL_BUDGET]
        """;
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                MeasureLibrary.of(
                    Map.of("measures/2030-04-01/measures.yaml", yaml.getBytes()),
                    LIBRARY.bibliography()))
        .isInstanceOf(MeasureDefinitionException.class)
        .hasMessageContaining(
            "numerator counts a way of managing a budget its denominator does not");
  }

  static PersonCount person(MeasureFigure f, String ref) {
    return f.people().stream().filter(p -> p.personRef().equals(ref)).findFirst().orElseThrow();
  }
}
