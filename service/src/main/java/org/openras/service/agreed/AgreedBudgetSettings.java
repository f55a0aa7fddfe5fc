package org.openras.service.agreed;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code openras.agreed-budgets.*}: the reasons an agreed budget may differ from the indicative
 * figure ({@code reasons[i].code}, {@code reasons[i].words}), and the tolerance within which the
 * assessor's proposal is agreed without a panel: {@code tolerance-percent} of the indicative figure
 * (default 10) and, when set, {@code tolerance-amount} in pounds a week. A proposal above the RAS
 * ceiling, or further from the indicative figure than either limit, needs a panel member other than
 * the proposer (docs/adr/0027).
 */
@ConfigurationProperties("openras.agreed-budgets")
public record AgreedBudgetSettings(
    List<Reason> reasons, BigDecimal tolerancePercent, BigDecimal toleranceAmount) {

  /** One reason for a difference: a stable code (recorded) and the words people read. */
  public record Reason(String code, String words) {}

  static final List<Reason> DEFAULT_REASONS =
      List.of(
          new Reason("PLAN_COSTS_MORE", "The support plan costs more than the indicative budget"),
          new Reason("PLAN_COSTS_LESS", "The support plan costs less than the indicative budget"),
          new Reason("EXCEPTIONAL_NEEDS", "Exceptional needs the questionnaire does not capture"),
          new Reason("CARER_BREAKDOWN", "Carer breakdown: unpaid support is no longer available"),
          new Reason("TRANSITIONAL_PROTECTION", "Transitional protection of an earlier budget"),
          new Reason("PANEL_DECISION", "A funding panel's decision"));

  public AgreedBudgetSettings {
    reasons = reasons == null || reasons.isEmpty() ? DEFAULT_REASONS : List.copyOf(reasons);
    tolerancePercent = tolerancePercent == null ? BigDecimal.TEN : tolerancePercent;
    Set<String> codes = new HashSet<>();
    for (Reason r : reasons) {
      if (r.code() == null || r.code().isBlank() || r.words() == null || r.words().isBlank()) {
        throw new IllegalArgumentException(
            "openras.agreed-budgets.reasons: every reason needs a code and words");
      }
      if (!codes.add(r.code())) {
        throw new IllegalArgumentException(
            "openras.agreed-budgets.reasons: the code " + r.code() + " is given twice");
      }
    }
    if (tolerancePercent.signum() < 0) {
      throw new IllegalArgumentException(
          "openras.agreed-budgets.tolerance-percent must not be negative");
    }
    if (toleranceAmount != null && toleranceAmount.signum() < 0) {
      throw new IllegalArgumentException(
          "openras.agreed-budgets.tolerance-amount must not be negative");
    }
  }

  Optional<Reason> reason(String code) {
    return reasons.stream().filter(r -> r.code().equals(code)).findFirst();
  }
}
