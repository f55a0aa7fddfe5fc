package org.openras.engine.envelope;

import java.math.BigDecimal;
import org.openras.engine.money.Money;
import org.openras.engine.scenario.FinancialYear;

/**
 * A budget envelope to meet: the year, the annual spending target, the share of it held back as
 * contingency, and the range of affordability factors the council allows.
 *
 * @param contingency a share from 0 (inclusive) to 1 (exclusive): the target to meet is {@code
 *     targetAnnual × (1 − contingency)}, rounded down to the penny so it never exceeds the sum
 * @param lowest the lowest factor allowed, at most four decimals (for example 0.80)
 * @param highest the highest factor allowed, at most four decimals (for example 1.20)
 * @param lossThreshold weekly loss above which a person is listed among the losers
 */
public record EnvelopeSpec(
    String title,
    FinancialYear year,
    Money targetAnnual,
    BigDecimal contingency,
    BigDecimal lowest,
    BigDecimal highest,
    Money lossThreshold) {

  public static final BigDecimal DEFAULT_LOWEST = new BigDecimal("0.80");
  public static final BigDecimal DEFAULT_HIGHEST = new BigDecimal("1.20");

  /** The largest factor allowed: ten times every budget is far past any council's range. */
  public static final BigDecimal MAX_FACTOR = BigDecimal.TEN;

  public EnvelopeSpec {
    if (year == null || targetAnnual == null || targetAnnual.isNegative()) {
      throw new IllegalArgumentException(
          "An envelope needs a financial year and a target of £0 or more");
    }
    contingency = contingency == null ? BigDecimal.ZERO : contingency;
    if (contingency.signum() < 0 || contingency.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException(
          "The contingency must be a share from 0 up to (not) 1, such as 0.05");
    }
    lowest = lowest == null ? DEFAULT_LOWEST : lowest;
    highest = highest == null ? DEFAULT_HIGHEST : highest;
    if (lowest.signum() <= 0 || lowest.compareTo(highest) > 0) {
      throw new IllegalArgumentException(
          "The factor range must run from above 0 up to the highest: " + lowest + " to " + highest);
    }
    if (highest.compareTo(MAX_FACTOR) > 0) {
      throw new IllegalArgumentException(
          "The highest factor must be at most " + MAX_FACTOR + ", not " + highest);
    }
    if (lowest.stripTrailingZeros().scale() > 4 || highest.stripTrailingZeros().scale() > 4) {
      throw new IllegalArgumentException("Give the factor range to at most four decimals");
    }
  }

  /** The target to meet, in pence: the annual target less the contingency, rounded down. */
  long targetPence() {
    BigDecimal net = targetAnnual.amount().multiply(BigDecimal.ONE.subtract(contingency));
    return net.movePointRight(2).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
  }
}
