package org.openras.engine.directpayment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.explain.RunContext;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.params.ParameterSet;

/**
 * The DRL global {@code ctx} of the direct-payments area. A figure that is a council's choice (the
 * contingency, the de-minimis amount, what happens to unpaid contributions and to a deceased
 * holder's own contributions, how often returns are due) is read from the council's overlay when it
 * sets one on the date, otherwise from the national default of the version in force; every value
 * read is recorded for the result with the version it came from, so a letter can say whose choice
 * it was.
 */
public final class DirectPaymentContext extends RunContext {
  private final ParameterSet national;
  private final ParameterSet overlay;
  private final Map<String, ParameterRead> reads = new LinkedHashMap<>();

  public DirectPaymentContext(
      LocalDate date,
      RuleSetVersion version,
      ParameterSet national,
      ParameterSet overlay,
      AtomicInteger sequence) {
    super(date, version, national, sequence);
    this.national = national;
    this.overlay = overlay;
  }

  /** The weeks of payment the person may keep as a contingency. */
  public BigDecimal getContingencyWeeks() {
    return new BigDecimal(read("contingencyWeeks").value());
  }

  /** The amount below which a surplus is not recovered. */
  public Money getDeMinimis() {
    return Money.parse(read("deMinimis").value());
  }

  /** The weeks between one return (statement) and the next. */
  public long getReturnIntervalWeeks() {
    return Long.parseLong(read("returnIntervalWeeks").value());
  }

  /** The months from the first payment to the first review (SI 2014/2871 reg 7(1)(a)). */
  public long getFirstReviewMonths() {
    return Long.parseLong(read("firstReviewMonths").value());
  }

  /** The longest interval, in months, between reviews (SI 2014/2871 reg 7(1)(a)). */
  public long getReviewIntervalMonths() {
    return Long.parseLong(read("reviewIntervalMonths").value());
  }

  /** True when unpaid contributions are collected as well as a surplus, false when instead. */
  public boolean isContributionsRecoveredAsWell() {
    return choice("unpaidContributions", "AS_WELL", "INSTEAD");
  }

  /**
   * True when the share of a deceased holder's balance that came from their own contributions is
   * returned to the estate, false when the council recovers it with the rest.
   */
  public boolean isOwnContributionsReturnedToEstate() {
    return choice("deceasedOwnContributions", "RETURN_TO_ESTATE", "RECOVER");
  }

  private boolean choice(String name, String yes, String no) {
    String value = read(name).value();
    if (!value.equals(yes) && !value.equals(no)) {
      throw new InvalidRuleSetException(
          "parameter '" + name + "'", "write " + yes + " or " + no + ", not '" + value + "'");
    }
    return value.equals(yes);
  }

  /** The sum of the amounts, exact (each is whole pence). */
  public Money total(List<?> amounts) {
    Money sum = Money.ZERO;
    for (Object a : amounts) {
      sum = sum.plus(((DirectPaymentAmount) a).getAmount());
    }
    return sum;
  }

  /**
   * The contingency: the weekly payment times the weeks kept, a part penny rounded up (in the
   * person's favour: they keep it).
   */
  public Money contingency(Money weekly) {
    return weekly.times(getContingencyWeeks(), RoundingMode.CEILING);
  }

  /**
   * The share of {@code toRecover} that came from the person's own contributions, in proportion to
   * what they and the council paid into the account in the period; a part penny rounded up (in the
   * estate's favour), never more than {@code toRecover}. Nothing paid in: no share.
   */
  public Money ownShare(Money toRecover, Money contributionsPaid, Money councilPaid) {
    BigDecimal paidIn = contributionsPaid.amount().add(councilPaid.amount());
    if (paidIn.signum() == 0) {
      return Money.ZERO;
    }
    BigDecimal share =
        toRecover
            .amount()
            .multiply(contributionsPaid.amount())
            .divide(paidIn, 10, RoundingMode.HALF_UP);
    return Money.min(toRecover, Money.rounded(share, RoundingMode.CEILING));
  }

  /** The council's value when its overlay sets one on the date, else the national default. */
  private ParameterRead read(String name) {
    return reads.computeIfAbsent(
        name,
        n ->
            overlay != null && overlay.has(n, ParameterDefinition.NO_KEY, getDate())
                ? overlay.read(n, ParameterDefinition.NO_KEY, getDate())
                : national.read(n, ParameterDefinition.NO_KEY, getDate()));
  }

  @Override
  public List<ParameterRead> parametersRead() {
    List<ParameterRead> all = new ArrayList<>(super.parametersRead());
    all.addAll(reads.values());
    return all;
  }
}
