package org.openras.service.agreed;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.openras.engine.money.Money;

/**
 * Whether a proposed agreed budget needs a panel member's approval (docs/adr/0027). It does when
 * the agreed weekly budget is above the RAS ceiling of the calculation, or differs from the
 * indicative weekly budget by more than {@code tolerance-percent} of it (the limit rounded to the
 * nearest penny, halves up), or by more than {@code tolerance-amount} when one is set. Otherwise
 * the assessor's proposal is agreed as proposed. The answer is the list of reasons, empty when
 * none.
 */
final class ApprovalRule {
  private ApprovalRule() {}

  static List<String> panelNeededBecause(
      Money indicative, Money ceiling, Money agreed, AgreedBudgetSettings settings) {
    List<String> because = new ArrayList<>();
    if (ceiling != null && agreed.isGreaterThan(ceiling)) {
      because.add(
          "the agreed budget £" + agreed + " a week is above the RAS ceiling of £" + ceiling);
    }
    Money difference = difference(indicative, agreed);
    Money gap = difference.isNegative() ? Money.ZERO.minus(difference) : difference;
    Money percentLimit =
        Money.rounded(
            indicative.amount().multiply(settings.tolerancePercent()).movePointLeft(2),
            RoundingMode.HALF_UP);
    if (gap.isGreaterThan(percentLimit)) {
      because.add(
          "it differs from the indicative £"
              + indicative
              + " by £"
              + gap
              + ", more than "
              + settings.tolerancePercent().stripTrailingZeros().toPlainString()
              + "% of it (£"
              + percentLimit
              + ")");
    }
    if (settings.toleranceAmount() != null) {
      Money amountLimit = Money.rounded(settings.toleranceAmount(), RoundingMode.HALF_UP);
      if (gap.isGreaterThan(amountLimit)) {
        because.add(
            "it differs from the indicative £"
                + indicative
                + " by £"
                + gap
                + ", more than £"
                + amountLimit
                + " a week");
      }
    }
    return because;
  }

  /** The agreed figure less the indicative one (negative when less is agreed). */
  static Money difference(Money indicative, Money agreed) {
    return agreed.minus(indicative);
  }
}
