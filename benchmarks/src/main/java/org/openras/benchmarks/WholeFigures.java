package org.openras.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.benchmarks.reference.AdjustmentFigures;
import org.openras.benchmarks.reference.ContributionFigures;
import org.openras.benchmarks.reference.EligibilityFigures;
import org.openras.benchmarks.reference.WholeResult;
import org.openras.engine.adjustment.AdjustmentResult;
import org.openras.engine.contribution.ContributionResult;
import org.openras.engine.eligibility.EligibilityResult;
import org.openras.engine.money.Money;
import org.openras.engine.ras.RasResult;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.result.RuleSetUsed;

/**
 * Compares a whole calculation by the engine with the plain-Java reference's: the versions used;
 * each eligibility decision with its conditions, outcomes counted, FACS band and RAS footing; every
 * RAS figure ({@link SameFigures}); every step of the adjustment; every step of the financial
 * assessment, the contribution and the net council amount. The whole-calculation benchmark checks
 * every seed person with it before timing anything.
 */
public final class WholeFigures {
  private static final long NONE = Long.MIN_VALUE;

  private WholeFigures() {}

  /** Every figure that differs, as "what: engine X, reference Y"; empty when they agree. */
  public static List<String> differences(CalculationResult engine, WholeResult plain) {
    List<String> out = new ArrayList<>();
    eligibility(out, engine, plain.eligibility());
    same(out, "RAS calculated", engine.ras() != null, plain.ras() != null);
    if (engine.ras() != null && plain.ras() != null) {
      SameFigures.differences(engine, plain.ras()).forEach(d -> out.add("ras " + d));
    }
    adjustment(out, engine, plain.adjustment());
    contribution(out, engine, plain.contribution());
    return out;
  }

  /** Throws naming the person and every differing figure, unless the two agree. */
  public static void check(CalculationResult engine, WholeResult plain) {
    SameFigures.agree(engine, differences(engine, plain));
  }

  private static void eligibility(List<String> out, CalculationResult r, EligibilityFigures p) {
    EligibilityResult e = r.eligibility();
    same(out, "eligibility assessed", e != null, p != null);
    if (e == null || p == null) {
      return;
    }
    same(out, "eligibility version", version(r, "eligibility"), p.version());
    same(out, "framework", e.framework(), p.careAct() ? "CARE_ACT_2014" : "FACS");
    party(out, "adult", e.adult(), p.adult(), p.careAct());
    same(out, "carer assessed", e.carer() != null, p.carer() != null);
    if (e.carer() != null && p.carer() != null) {
      party(out, "carer", e.carer(), p.carer(), true);
    }
    if (!p.careAct()) {
      same(out, "FACS band", e.adult().facs().band(), p.band());
    }
    same(out, "RAS basis", e.rasBasis(), p.rasBasis());
  }

  private static void party(
      List<String> out,
      String who,
      EligibilityResult.Decision e,
      EligibilityFigures.Party p,
      boolean careAct) {
    same(out, who + " eligible", e.eligible(), p.eligible());
    List<String> conditions = careAct ? List.of("1", "2", "3") : List.of("threshold");
    Map<String, Boolean> expected = new LinkedHashMap<>();
    for (int i = 0; i < conditions.size(); i++) {
      expected.put(conditions.get(i), p.conditionsMet()[i]);
    }
    Map<String, Boolean> found = new LinkedHashMap<>();
    e.conditions().forEach(c -> found.put(c.condition(), c.met()));
    same(out, who + " conditions met", found, expected);
    if (careAct) {
      same(out, who + " outcomes counted", e.outcomesCounted().size(), p.outcomesCounted());
    }
  }

  private static void adjustment(List<String> out, CalculationResult r, AdjustmentFigures p) {
    AdjustmentResult e = r.adjustments();
    List<RasResult.DomainResult> domains = r.ras() == null ? List.of() : r.ras().domains();
    same(out, "adjustment given", e != null, p != null);
    if (e == null || p == null) {
      return;
    }
    same(out, "adjustment in force", e.inForce(), p.inForce());
    same(out, "client-group uplift", pence(e.primarySupportReasonUplift()), p.clientGroupUplift());
    Map<String, Long> found = new LinkedHashMap<>();
    e.domainUplifts().forEach((domain, m) -> found.put(domain, pence(m)));
    Map<String, Long> expected = new LinkedHashMap<>();
    for (int i = 0; i < p.domainUplifts().length; i++) {
      if (p.domainUplifts()[i] != NONE) {
        expected.put(domains.get(i).domain(), p.domainUplifts()[i]);
      }
    }
    same(out, "domain uplifts", found, expected);
    same(out, "uplifted weekly", pence(e.upliftedWeeklyBudget()), p.upliftedWeekly());
    same(out, "affordable weekly", pence(e.affordableWeeklyBudget()), p.affordableWeekly());
    same(out, "protection applied", e.protectionApplied(), p.protectionApplied());
    same(out, "adjusted weekly", pence(e.weeklyBudget()), p.weekly());
    same(out, "adjusted annual", pence(e.annualBudget()), p.annual());
  }

  private static void contribution(List<String> out, CalculationResult r, ContributionFigures p) {
    ContributionResult c = r.contribution();
    same(out, "contribution assessed", c != null, p != null);
    if (c == null || p == null) {
      return;
    }
    same(out, "cost of care", pence(c.costOfCare()), p.costOfCare());
    same(out, "cost of care source", c.costOfCareSource(), p.costOfCareSource());
    same(
        out,
        "council overlay",
        c.council() == null ? null : c.council().version(),
        p.councilOverlay());
    same(out, "contributions version", version(r, "contributions") != null, true);
    same(out, "pays full cost", c.paysFullCost(), p.paysFullCost());
    same(out, "counted capital", pence(c.countedCapital()), p.countedCapital());
    same(out, "tariff income", pence(c.tariffIncome()), p.tariffIncome());
    same(out, "income counted", pence(c.incomeCounted()), p.incomeCounted());
    same(out, "income disregarded", pence(c.incomeDisregarded()), p.incomeDisregarded());
    same(out, "assessable income", pence(c.assessableIncome()), p.assessableIncome());
    same(out, "MIG category", c.migCategory(), p.migCategory());
    same(out, "statutory MIG", pence(c.statutoryMig()), p.statutoryMig());
    same(out, "MIG", pence(c.minimumIncomeGuarantee()), p.minimumIncomeGuarantee());
    same(out, "housing costs", pence(c.housingCosts()), p.housingCosts());
    same(out, "DRE", pence(c.disabilityRelatedExpenditure()), p.disabilityRelatedExpenditure());
    same(out, "allowances", pence(c.allowances()), p.allowances());
    same(out, "disposable income", pence(c.disposableIncome()), p.disposableIncome());
    same(out, "chargeable income", pence(c.chargeableIncome()), p.chargeableIncome());
    same(out, "maximum charge", pence(c.maximumCharge()), p.maximumCharge());
    same(out, "weekly contribution", pence(c.weeklyContribution()), p.weeklyContribution());
    same(out, "net council amount", pence(c.netCouncilAmount()), p.netCouncilAmount());
  }

  private static String version(CalculationResult r, String area) {
    return r.ruleSets().stream()
        .filter(v -> v.area().equals(area))
        .map(RuleSetUsed::version)
        .findFirst()
        .orElse(null);
  }

  private static long pence(Money m) {
    return m == null ? NONE : m.amount().movePointRight(2).longValueExact();
  }

  private static void same(List<String> out, String what, Object engine, Object plain) {
    if (engine == null ? plain != null : !engine.equals(plain)) {
      out.add(what + ": engine " + engine + ", reference " + plain);
    }
  }
}
