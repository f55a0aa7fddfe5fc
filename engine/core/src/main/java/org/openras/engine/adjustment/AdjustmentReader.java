package org.openras.engine.adjustment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;

/**
 * Reads the adjusted budget back from the facts the rules inserted: the uplifts, the budget after
 * each stage (uplifted, affordable, final) and the annual budget. A stage the rules should have
 * produced but did not, or produced twice, is a fault in the rule set, named as such.
 */
final class AdjustmentReader {
  private AdjustmentReader() {}

  static AdjustmentResult read(
      CalculationRequest request, RasResult ras, RuleFacts facts, List<ParameterRead> reads) {
    Money psrUplift = null;
    Map<String, Money> domainUplifts = new LinkedHashMap<>();
    Map<String, AdjustedBudget> stages = new LinkedHashMap<>();
    AdjustedAnnual annual = null;
    for (Object f : facts.all()) {
      if (f instanceof Uplift u && u.getDomain() == null) {
        psrUplift = u.getAmount();
      } else if (f instanceof Uplift u) {
        domainUplifts.put(u.getDomain(), u.getAmount());
      } else if (f instanceof AdjustedBudget b && stages.put(b.getStage(), b) != null) {
        throw facts.incomplete("more than one rule produced the " + b.getStage() + " budget");
      } else if (f instanceof AdjustedAnnual a) {
        annual = a;
      }
    }
    for (String stage :
        List.of(AdjustedBudget.UPLIFTED, AdjustedBudget.AFFORDABLE, AdjustedBudget.FINAL)) {
      if (!stages.containsKey(stage)) {
        throw facts.incomplete("no rule produced the " + stage + " budget");
      }
    }
    if (psrUplift == null || annual == null) {
      throw facts.incomplete("no rule produced the client-group uplift or the annual budget");
    }
    AdjustedBudget last = stages.get(AdjustedBudget.FINAL);
    return new AdjustmentResult(
        true,
        facts.version().manifest().title(),
        ras.weeklyBudget(),
        psrUplift,
        domainUplifts,
        stages.get(AdjustedBudget.UPLIFTED).getWeekly(),
        value(reads, "affordabilityFactor"),
        stages.get(AdjustedBudget.AFFORDABLE).getWeekly(),
        request.previousWeeklyBudget(),
        request.previousWeeklyBudget() == null ? null : value(reads, "maximumFall"),
        last.isProtectionApplied(),
        last.getWeekly(),
        annual.getAnnual());
  }

  private static BigDecimal value(List<ParameterRead> reads, String name) {
    return reads.stream()
        .filter(r -> r.name().equals(name))
        .map(r -> new BigDecimal(r.value()))
        .findFirst()
        .orElse(null);
  }
}
