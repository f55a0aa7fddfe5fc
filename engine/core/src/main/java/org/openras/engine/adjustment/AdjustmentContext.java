package org.openras.engine.adjustment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.explain.RunContext;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterSet;

/** The DRL global {@code ctx} of the adjustments area. */
public final class AdjustmentContext extends RunContext {

  public AdjustmentContext(
      LocalDate date, RuleSetVersion version, ParameterSet parameters, AtomicInteger sequence) {
    super(date, version, parameters, sequence);
  }

  /** The sum of the uplifts, exact (each is already whole pence). */
  public Money total(List<?> uplifts) {
    Money sum = Money.ZERO;
    for (Object u : uplifts) {
      sum = sum.plus(((Uplift) u).getAmount());
    }
    return sum;
  }

  /**
   * The lowest budget transitional protection allows: the previous budget less the largest fall,
   * rounded up to the penny (a part penny goes in the person's favour).
   */
  public Money protectedMinimum(Money previous, BigDecimal maximumFall) {
    return Money.rounded(
        previous.amount().multiply(BigDecimal.ONE.subtract(maximumFall)), RoundingMode.CEILING);
  }
}
