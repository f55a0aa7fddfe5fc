package org.openras.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openras.engine.request.CalculationRequest;
import tools.jackson.core.JacksonException;

/**
 * A decimal number is read only within its bound (issue 18, defect 2): {@code 1E-20000000} is
 * eleven characters and twenty million digits, refused at once wherever JSON or JSON Lines is read.
 */
public class BoundedDecimalsTest {
  public static final String REQUEST =
      "{\"personRef\": \"T-1\", \"assessmentDate\": \"2025-06-02\", \"person\":"
          + " {\"dateOfBirth\": \"1950-01-01\", \"primarySupportReason\": \"MENTAL_HEALTH\"},"
          + " \"needs\": {}, \"informalSupport\": {\"personal-care\": %s}}";

  @Test
  void ordinaryNumbersAreRead() {
    CalculationRequest r =
        Json.mapper()
            .readValue(REQUEST.formatted("0.333333333333333333"), CalculationRequest.class);
    assertThat(r.informalSupport().get("personal-care"))
        .isEqualByComparingTo("0.333333333333333333");
    assertThat(BoundedDecimals.parse("5100000.00")).isEqualByComparingTo("5100000");
    assertThat(BoundedDecimals.fits(new BigDecimal("1E+29"))).isTrue();
  }

  @Test
  void hugeExponentsAreRefusedInJsonAtOnce() {
    for (String n : new String[] {"1E-10000", "1E-20000000", "1E+20000000", "1E+30", "1E-31"}) {
      long start = System.nanoTime();
      assertThatThrownBy(
              () -> Json.mapper().readValue(REQUEST.formatted(n), CalculationRequest.class))
          .as(n)
          .isInstanceOf(JacksonException.class)
          .hasMessageContaining("at most 30 digits");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
  }

  @Test
  void textOutsideTheBoundIsNotANumber() {
    assertThatThrownBy(() -> BoundedDecimals.parse("1E-10000"))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> BoundedDecimals.parse("1" + "0".repeat(31)))
        .isInstanceOf(NumberFormatException.class);
  }
}
