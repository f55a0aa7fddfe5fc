package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.util.Objects;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Moving budget from one client group to another in every forecast year: a fixed amount, or a
 * percentage of the giving group's forecast net cost. Exactly one of {@code amount} and {@code
 * percent} is given.
 *
 * @param from the group giving budget
 * @param to the group receiving it
 * @param amount pounds a year to move, or null
 * @param percent percent of the giving group's forecast net cost to move, or null
 */
public record Realignment(
    PrimarySupportReason from, PrimarySupportReason to, Money amount, BigDecimal percent) {

  public Realignment {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from == to) {
      throw new IllegalArgumentException("a re-alignment moves budget between two groups");
    }
    if ((amount == null) == (percent == null)) {
      throw new IllegalArgumentException(
          "give an amount or a percent to move, not both or neither");
    }
    if (amount != null && amount.isNegative()) {
      throw new IllegalArgumentException("the amount to move must not be negative");
    }
    if (percent != null
        && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException("the percent to move must be 0 to 100");
    }
  }

  /**
   * The effect in one year.
   *
   * @param year the financial year's first calendar year
   * @param moved pounds moved
   * @param fromBudget the giving group's budget after the move (its forecast net cost less moved)
   * @param toBudget the receiving group's budget after the move (its forecast net cost plus moved)
   * @param fromPeople people the moved amount funds in the giving group (moved ÷ its annual cost
   *     per person, one decimal, half up): the support it must find elsewhere or stop
   * @param toPeople people the moved amount funds in the receiving group, the same way
   */
  public record Effect(
      int year,
      Money moved,
      Money fromBudget,
      Money toBudget,
      BigDecimal fromPeople,
      BigDecimal toPeople) {}
}
