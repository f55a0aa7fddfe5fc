package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openras.engine.money.Money;

/**
 * Dates, UK local times either side of the clock changes, money and numbers as pages write them.
 */
class FormatsTest {
  @Test
  void aDateIsWrittenAsDayMonthYear() {
    assertThat(Formats.date(LocalDate.of(2025, 6, 2))).isEqualTo("2 June 2025");
    assertThat(Formats.date("2025-06-02")).isEqualTo("2 June 2025");
    assertThat(Formats.date("2026-12-02T00:55:11.018284Z")).isEqualTo("2 December 2026");
    assertThat(Formats.date(null)).isEmpty();
    LocalDate today = LocalDate.now(Clock.system(Formats.UK));
    assertThat(Formats.date(today))
        .isEqualTo(
            today.getDayOfMonth()
                + " "
                + today
                    .getMonth()
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                + " "
                + today.getYear());
  }

  @Test
  void aRuleSetAreaIsWrittenInWords() {
    assertThat(Formats.area("ras")).isEqualTo("personal budget rules");
    assertThat(Formats.area("eligibility")).isEqualTo("eligibility rules");
    assertThat(Formats.area("councils/east-vale")).isEqualTo("charging rules of East Vale");
    assertThat(Formats.area("measures/councils/torbay")).isEqualTo("measure rules of Torbay");
    assertThat(Formats.area("directpayments-councils/north-shire"))
        .isEqualTo("direct payment rules of North Shire");
  }

  @Test
  void aTimeIsInUkLocalTimeGmtInWinterAndBstInSummer() {
    // The raw instant: 00:55 UTC in December is 12:55am GMT.
    assertThat(Formats.time("2026-12-02T00:55:11.018284Z")).isEqualTo("2 December 2026 at 12:55am");
    // Midsummer: 23:30 UTC is 12:30am BST the next day.
    assertThat(Formats.time(Instant.parse("2026-06-30T23:30:00Z")))
        .isEqualTo("1 July 2026 at 12:30am");
    // The clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October.
    assertThat(Formats.time(Instant.parse("2026-03-29T00:59:00Z")))
        .isEqualTo("29 March 2026 at 12:59am");
    assertThat(Formats.time(Instant.parse("2026-03-29T01:00:00Z")))
        .isEqualTo("29 March 2026 at 2:00am");
    assertThat(Formats.time(Instant.parse("2026-10-25T00:30:00Z")))
        .isEqualTo("25 October 2026 at 1:30am");
    assertThat(Formats.time(Instant.parse("2026-10-25T01:30:00Z")))
        .isEqualTo("25 October 2026 at 1:30am");
    assertThat(Formats.time(Instant.parse("2026-12-02T12:00:00Z")))
        .isEqualTo("2 December 2026 at 12:00pm");
    assertThat(Formats.time("2026-07-01T13:05:00+01:00")).isEqualTo("1 July 2026 at 1:05pm");
  }

  @Test
  void moneyHasThousandsSeparatorsAndPence() {
    assertThat(Formats.money("19204.27")).isEqualTo("£19,204.27");
    assertThat(Formats.money(new BigDecimal("1234567.5"))).isEqualTo("£1,234,567.50");
    assertThat(Formats.money(Money.of(new BigDecimal("260.35")))).isEqualTo("£260.35");
    assertThat(Formats.money(0)).isEqualTo("£0.00");
    assertThat(Formats.money("-5")).isEqualTo("\u2212£5.00");
    assertThat(Formats.money("£1,000")).isEqualTo("£1,000.00");
    // More than two places is rounded half up for display only.
    assertThat(Formats.money("0.125")).isEqualTo("£0.13");
    assertThat(Formats.money(null)).isEmpty();
    assertThat(Formats.money("not money")).isEqualTo("not money");
  }

  @Test
  void numbersSharesAndCodesAreInWords() {
    assertThat(Formats.number(1250)).isEqualTo("1,250");
    assertThat(Formats.number(52.143)).isEqualTo("52.143");
    assertThat(Formats.number("1000000")).isEqualTo("1,000,000");
    assertThat(Formats.percent("0.25")).isEqualTo("25%");
    assertThat(Formats.percent("0.125")).isEqualTo("12.5%");
    assertThat(Formats.percent("1")).isEqualTo("100%");
    assertThat(Formats.clientGroup("MENTAL_HEALTH")).isEqualTo("Mental health support");
    assertThat(Formats.words("SINGLE_PENSION_AGE")).isEqualTo("Single pension age");
    assertThat(Formats.words("weeklyBudget")).isEqualTo("Weekly budget");
    assertThat(Formats.words("personal-care")).isEqualTo("Personal care");
  }
}
