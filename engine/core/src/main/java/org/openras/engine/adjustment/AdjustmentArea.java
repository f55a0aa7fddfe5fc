package org.openras.engine.adjustment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.Period;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.explain.Reason;
import org.openras.engine.money.Money;
import org.openras.engine.params.Overrides;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;

/** Runs an adjustments version over the RAS figures, and reads the adjusted budget back. */
public final class AdjustmentArea {
  public static final String AREA = "adjustments";

  /** The figures, the reasons the rules gave and the parameters they read. */
  public record Outcome(
      AdjustmentResult result, List<Reason> reasons, List<ParameterRead> parameters) {}

  /** No version in force: no adjustment, and the result says why. */
  public static AdjustmentResult none(
      CalculationRequest request, RasResult ras, List<Period> periods) {
    String note =
        "No adjustment is in force on "
            + request.assessmentDate()
            + " (adjustment periods: "
            + (periods.isEmpty() ? "none" : periods.toString())
            + "), so the RAS budget stands unadjusted"
            + (request.previousWeeklyBudget() == null
                ? ""
                : " and no transitional protection applies");
    return AdjustmentResult.none(
        note, ras.weeklyBudget(), ras.annualBudget(), request.previousWeeklyBudget());
  }

  public Outcome run(
      CompiledRuleSet compiled,
      CalculationRequest request,
      RasResult ras,
      AtomicInteger sequence,
      Overrides overrides) {
    AdjustmentContext ctx =
        new AdjustmentContext(
            request.assessmentDate(), compiled.version(), compiled.parameters(), sequence);
    ctx.useOverrides(overrides);
    KieSession session = compiled.newSession();
    List<Object> facts;
    try {
      session.setGlobal("ctx", ctx);
      session.insert(
          new BudgetToAdjust(
              ras.primarySupportReason(),
              ras.weeklyBudget(),
              ras.pricePerPoint(),
              ras.weeksPerYear(),
              request.previousWeeklyBudget()));
      for (RasResult.DomainResult d : ras.domains()) {
        session.insert(new DomainToAdjust(d.domain(), d.pointsAfterDeflation()));
      }
      compiled.fire(session);
      facts = new ArrayList<>(session.getObjects());
    } finally {
      session.dispose();
    }
    List<ParameterRead> reads = ctx.parametersRead();
    return new Outcome(read(compiled, request, ras, facts, reads), ctx.reasons(), reads);
  }

  private static AdjustmentResult read(
      CompiledRuleSet compiled,
      CalculationRequest request,
      RasResult ras,
      List<Object> facts,
      List<ParameterRead> reads) {
    Money psrUplift = null;
    Map<String, Money> domainUplifts = new LinkedHashMap<>();
    Map<String, AdjustedBudget> stages = new LinkedHashMap<>();
    AdjustedAnnual annual = null;
    for (Object f : facts) {
      if (f instanceof Uplift u && u.getDomain() == null) {
        psrUplift = u.getAmount();
      } else if (f instanceof Uplift u) {
        domainUplifts.put(u.getDomain(), u.getAmount());
      } else if (f instanceof AdjustedBudget b && stages.put(b.getStage(), b) != null) {
        throw incomplete(compiled, "more than one rule produced the " + b.getStage() + " budget");
      } else if (f instanceof AdjustedAnnual a) {
        annual = a;
      }
    }
    for (String stage :
        List.of(AdjustedBudget.UPLIFTED, AdjustedBudget.AFFORDABLE, AdjustedBudget.FINAL)) {
      if (!stages.containsKey(stage)) {
        throw incomplete(compiled, "no rule produced the " + stage + " budget");
      }
    }
    if (psrUplift == null || annual == null) {
      throw incomplete(compiled, "no rule produced the client-group uplift or the annual budget");
    }
    AdjustedBudget last = stages.get(AdjustedBudget.FINAL);
    return new AdjustmentResult(
        true,
        compiled.version().manifest().title(),
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

  private static InvalidRuleSetException incomplete(CompiledRuleSet compiled, String problem) {
    return new InvalidRuleSetException(
        compiled.version().source().location(),
        problem + "; check the rules' conditions cover every case");
  }
}
