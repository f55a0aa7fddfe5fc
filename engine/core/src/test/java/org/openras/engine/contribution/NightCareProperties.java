package org.openras.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.money.Money;
import org.openras.engine.result.CalculationResult;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A council's night-care choice switches the disregard on or off; it never changes the amount,
 * which is the year's higher rate less the lower rate of the benefit.
 */
class NightCareProperties {
  private static final int EXAMPLES = 120;
  private static final List<String> BENEFITS = List.copyOf(NightCareOverlays.LOWER.keySet());
  private static final LocalDate FIRST = LocalDate.of(2015, 4, 6);
  private static final LocalDate LAST = LocalDate.of(2027, 3, 31);

  private static Gen<LocalDate> dates() {
    long days = LAST.toEpochDay() - FIRST.toEpochDay();
    return SourceDSL.longs().between(0, days).map(FIRST::plusDays);
  }

  private static Gen<String> benefits() {
    return SourceDSL.integers().between(0, BENEFITS.size() - 1).map(BENEFITS::get);
  }

  private static Gen<Money> amounts() {
    return SourceDSL.longs().between(0, 15_000).map(p -> Money.of(BigDecimal.valueOf(p, 2)));
  }

  @Test
  void changingTheChoiceChangesOnlyWhetherTheDifferenceIsDisregarded() {
    qt().withExamples(EXAMPLES)
        .forAll(dates(), benefits(), amounts(), SourceDSL.booleans().all())
        .checkAssert(
            (date, benefit, amount, nightCare) -> {
              CalculationResult yes =
                  NightCareOverlays.run(NightCareOverlays.YES, date, benefit, amount, nightCare);
              CalculationResult no =
                  NightCareOverlays.run(NightCareOverlays.NO, date, benefit, amount, nightCare);
              Money difference =
                  NightCareOverlays.rate(date, benefit)
                      .minus(NightCareOverlays.rate(date, NightCareOverlays.LOWER.get(benefit)));
              Money expected = nightCare ? Money.ZERO : Money.min(amount, difference);
              assertThat(yes.contribution().incomeDisregarded()).isEqualTo(expected);
              assertThat(no.contribution().incomeDisregarded()).isEqualTo(Money.ZERO);
              assertThat(
                      no.contribution().incomeCounted().minus(yes.contribution().incomeCounted()))
                  .isEqualTo(expected);
            });
  }

  @Test
  void anAmountTheCouncilKeysNeverChangesWhatIsDisregarded() {
    qt().withExamples(EXAMPLES / 2)
        .forAll(dates(), benefits(), amounts())
        .checkAssert(
            (date, benefit, amount) ->
                assertThat(
                        NightCareOverlays.run(
                                NightCareOverlays.YES_WITH_AMOUNT, date, benefit, amount, false)
                            .contribution()
                            .incomeDisregarded())
                    .isEqualTo(
                        NightCareOverlays.run(NightCareOverlays.YES, date, benefit, amount, false)
                            .contribution()
                            .incomeDisregarded()));
  }
}
