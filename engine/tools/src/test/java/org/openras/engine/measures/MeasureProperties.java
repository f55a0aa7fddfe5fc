package org.openras.engine.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.request.PrimarySupportReason;
import org.quicktheories.core.Gen;

/**
 * Laws of every shipped measure: a numerator never exceeds its denominator, and adding a person on
 * a direct payment never lowers a direct-payment share.
 */
class MeasureProperties {
  static final MeasureLibrary LIBRARY = MeasureCalculatorTest.LIBRARY;
  static final List<LocalDate> ENDS =
      List.of(
          LocalDate.of(2012, 3, 31),
          LocalDate.of(2015, 3, 31),
          LocalDate.of(2024, 3, 31),
          LocalDate.of(2025, 3, 31));

  static Gen<ServiceRecord> lines() {
    return integers()
        .between(0, 9_999)
        .zip(
            integers().between(0, 4_000),
            integers().between(0, 1_000_000),
            (ref, start, pick) -> {
              BudgetManagement way =
                  BudgetManagement.values()[pick % BudgetManagement.values().length];
              SupportSetting setting =
                  SupportSetting.values()[(pick / 7) % SupportSetting.values().length];
              ClientType type = (pick / 31) % 4 == 0 ? ClientType.CARER : ClientType.SERVICE_USER;
              LocalDate begin = LocalDate.of(2011, 1, 1).plusDays(start);
              LocalDate end = (pick / 101) % 3 == 0 ? begin.plusDays(pick % 900) : null;
              LocalDate born = LocalDate.of(1940 + (pick / 13) % 80, 1 + pick % 12, 1);
              return new ServiceRecord(
                  "R" + (ref % 60),
                  type,
                  PrimarySupportReason.values()[pick % 11],
                  born,
                  setting,
                  way,
                  begin,
                  end);
            });
  }

  @Test
  void aNumeratorNeverExceedsItsDenominator() {
    qt().withExamples(120)
        .forAll(lists().of(lines()).ofSizeBetween(0, 80), integers().between(0, ENDS.size() - 1))
        .checkAssert(
            (register, e) -> {
              ReportingPeriod p =
                  ReportingPeriod.containing(ENDS.get(e), ReportingPeriod.Length.YEAR);
              for (String id : LIBRARY.measureIds("torbay")) {
                LIBRARY
                    .definition(id, p.end(), "torbay")
                    .ifPresent(
                        d -> {
                          MeasureFigure f = MeasureCalculator.count(d, register, p);
                          assertThat(f.numerator()).isBetween(0L, f.denominator());
                          f.byGroup()
                              .values()
                              .forEach(
                                  g ->
                                      assertThat(g.numerator())
                                          .isLessThanOrEqualTo(g.denominator()));
                          assertThat(f.people().stream().filter(PersonCount::inDenominator).count())
                              .isEqualTo(f.denominator());
                        });
              }
            });
  }

  @Test
  void addingAPersonOnADirectPaymentNeverLowersTheDirectPaymentShare() {
    qt().withExamples(120)
        .forAll(lists().of(lines()).ofSizeBetween(0, 80), integers().between(0, ENDS.size() - 1))
        .checkAssert(
            (register, e) -> {
              ReportingPeriod p =
                  ReportingPeriod.containing(ENDS.get(e), ReportingPeriod.Length.YEAR);
              for (String id : List.of("dp-people", "direct-payment-people")) {
                LIBRARY
                    .definition(id, p.end(), "torbay")
                    .ifPresent(
                        d -> {
                          MeasureFigure before = MeasureCalculator.count(d, register, p);
                          List<ServiceRecord> more = new ArrayList<>(register);
                          more.add(
                              new ServiceRecord(
                                  "NEW",
                                  ClientType.SERVICE_USER,
                                  null,
                                  LocalDate.of(1950, 1, 1),
                                  SupportSetting.COMMUNITY,
                                  BudgetManagement.DIRECT_PAYMENT,
                                  p.start(),
                                  null));
                          MeasureFigure after = MeasureCalculator.count(d, more, p);
                          if (before.percent() != null) {
                            assertThat(after.percent()).isGreaterThanOrEqualTo(before.percent());
                          }
                          assertThat(after.numerator()).isEqualTo(before.numerator() + 1);
                        });
              }
            });
  }
}
