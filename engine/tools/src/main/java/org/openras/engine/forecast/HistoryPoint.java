package org.openras.engine.forecast;

import java.time.YearMonth;
import java.util.Objects;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/**
 * One month of one client group's history: the people supported in that month and the net council
 * cost of their support (gross cost less contributions), for a week or for the month.
 *
 * @param month the calendar month
 * @param group the client group (primary support reason)
 * @param people people supported in the month (zero or more)
 * @param netCost the net council cost of their support, on {@code basis}
 * @param basis whether {@code netCost} is weekly or monthly
 */
public record HistoryPoint(
    YearMonth month, PrimarySupportReason group, int people, Money netCost, CostBasis basis) {

  public HistoryPoint {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(netCost, "netCost");
    Objects.requireNonNull(basis, "basis");
    if (people < 0) {
      throw new IllegalArgumentException("people must not be negative: " + people);
    }
    if (netCost.isNegative()) {
      throw new IllegalArgumentException("net cost must not be negative: " + netCost);
    }
  }
}
