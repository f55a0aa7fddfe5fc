package org.openras.engine.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of pounds and pence. Immutable; always held to two decimal places. Every
 * operation that could produce a fraction of a penny takes the {@link RoundingMode} to use, so the
 * rounding is named where it happens (Charging Regulations 2014 reg 11 decides which way a part
 * penny goes in a financial assessment; the RAS rounds budgets half up).
 */
public final class Money implements Comparable<Money> {

  private static final Pattern TEXT = Pattern.compile("-?\\d{1,12}(\\.\\d{1,2})?");
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** An amount that is already whole pence; throws if it has a fraction of a penny. */
  public static Money of(BigDecimal pounds) {
    Objects.requireNonNull(pounds, "pounds");
    try {
      return new Money(pounds.setScale(2, RoundingMode.UNNECESSARY));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "Money must be whole pence; " + pounds.toPlainString() + " has a fraction of a penny");
    }
  }

  /** Rounds an exact figure to whole pence by the named rounding. */
  public static Money rounded(BigDecimal pounds, RoundingMode rounding) {
    return new Money(pounds.setScale(2, rounding));
  }

  /**
   * Parses pounds written as {@code "164.42"} (at most two decimals, no currency sign or
   * separators).
   */
  @JsonCreator
  public static Money parse(String text) {
    if (text == null || !TEXT.matcher(text.trim()).matches()) {
      throw new IllegalArgumentException(
          "must be an amount of pounds with at most two decimals, such as \"164.42\"");
    }
    return new Money(new BigDecimal(text.trim()).setScale(2, RoundingMode.UNNECESSARY));
  }

  public static Money pounds(String text) {
    return parse(text);
  }

  public BigDecimal amount() {
    return amount;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** Multiplies and rounds the product to whole pence by the named rounding. */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    return new Money(amount.multiply(factor).setScale(2, rounding));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  public static Money max(Money a, Money b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  public static Money min(Money a, Money b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public int compareTo(Money o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && amount.equals(m.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** Pounds with two decimals, as the HTTP contract writes money: {@code "164.42"}. */
  @JsonValue
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
