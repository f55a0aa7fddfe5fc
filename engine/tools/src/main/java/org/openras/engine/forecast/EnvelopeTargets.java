package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.envelope.EnvelopeSpec;
import org.openras.engine.money.Money;
import org.openras.engine.scenario.FinancialYear;

/**
 * A budget envelope for some forecast years, as the envelope command takes one for a year.
 *
 * @param targets financial year → the annual net council cost to meet
 * @param contingency the share held back: the target met is target × (1 − contingency), rounded
 *     down to the penny
 * @param lowest the lowest affordability factor allowed (default 0.80)
 * @param highest the highest (default 1.20)
 */
public record EnvelopeTargets(
    Map<Integer, Money> targets, BigDecimal contingency, BigDecimal lowest, BigDecimal highest) {

  public EnvelopeTargets {
    targets = java.util.Collections.unmodifiableMap(new TreeMap<>(targets));
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("An envelope needs a target for at least one year");
    }
    // The envelope's own checks, once per year: a target of £0 or more, the contingency and range.
    EnvelopeSpec checked = null;
    for (Map.Entry<Integer, Money> t : targets.entrySet()) {
      checked =
          new EnvelopeSpec(
              "forecast",
              FinancialYear.of(t.getKey()),
              t.getValue(),
              contingency,
              lowest,
              highest,
              Money.ZERO);
    }
    contingency = checked.contingency();
    lowest = checked.lowest();
    highest = checked.highest();
  }

  /** The target to meet in pence: target × (1 − contingency), rounded down. */
  long targetPence(int year) {
    BigDecimal net = targets.get(year).amount().multiply(BigDecimal.ONE.subtract(contingency));
    return net.movePointRight(2).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
  }
}
