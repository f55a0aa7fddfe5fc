package org.openras.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openras.benchmarks.reference.PlainResult;
import org.openras.engine.money.Money;
import org.openras.engine.ras.RasResult;
import org.openras.engine.result.CalculationResult;

/**
 * Compares the engine's figures with the plain-Java reference's: version, each domain's points
 * before and after unpaid support, total, calculated and indicative weekly budget, floor and panel
 * flags, annual budget. The benchmark checks every seed person with it before timing anything.
 */
public final class SameFigures {
  private SameFigures() {}

  /** Every figure that differs, as "what: engine X, reference Y"; empty when they agree. */
  public static List<String> differences(CalculationResult engine, PlainResult plain) {
    return differences(engine, plain, true);
  }

  /**
   * As {@link #differences(CalculationResult, PlainResult)}; with {@code sameVersion} false the
   * version is not compared (a request pinned to {@code ras/2025-04-01}, which the reference, by
   * date, reads as its restatement {@code 2025-04-01-staged}: the same figures).
   */
  public static List<String> differences(
      CalculationResult engine, PlainResult plain, boolean sameVersion) {
    RasResult ras = engine.ras();
    List<String> out = new ArrayList<>();
    String rasVersion =
        engine.ruleSets().stream()
            .filter(v -> v.area().equals("ras"))
            .map(v -> v.version())
            .findFirst()
            .orElse(null);
    if (sameVersion) {
      same(out, "version", rasVersion, plain.version());
    }
    for (int i = 0; i < ras.domains().size(); i++) {
      RasResult.DomainResult d = ras.domains().get(i);
      same(out, d.domain() + " points", d.points(), plain.points()[i]);
      same(
          out,
          d.domain() + " after unpaid support",
          d.pointsAfterDeflation(),
          plain.pointsAfterDeflation()[i]);
    }
    same(out, "domains", ras.domains().size(), plain.points().length);
    same(out, "total points", ras.totalPoints(), plain.totalPoints());
    same(
        out,
        "calculated weekly",
        pence(ras.calculatedWeeklyBudget()),
        plain.calculatedWeeklyPence());
    same(out, "weekly budget", pence(ras.weeklyBudget()), plain.weeklyPence());
    same(out, "floor applied", ras.floorApplied(), plain.floorApplied());
    same(out, "panel review", ras.panelReview(), plain.panelReview());
    same(out, "annual budget", pence(ras.annualBudget()), plain.annualPence());
    return out;
  }

  /** Throws naming the person and every differing figure, unless the two agree. */
  public static void check(CalculationResult engine, PlainResult plain) {
    agree(engine, differences(engine, plain));
  }

  /** As {@link #check(CalculationResult, PlainResult)}, the version compared or not. */
  public static void check(CalculationResult engine, PlainResult plain, boolean sameVersion) {
    agree(engine, differences(engine, plain, sameVersion));
  }

  /** Throws naming the person and the differences, unless there are none. */
  static void agree(CalculationResult engine, List<String> differences) {
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "the reference disagrees with the engine for " + engine.personRef() + ": " + differences);
    }
  }

  private static long pence(Money m) {
    return m.amount().movePointRight(2).longValueExact();
  }

  private static void same(List<String> out, String what, Object engine, Object plain) {
    if (!engine.equals(plain)) {
      out.add(what + ": engine " + engine + ", reference " + plain);
    }
  }
}
