package org.openras.benchmarks.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.openras.engine.request.CalculationRequest;

/**
 * One RAS calculation in plain Java, over tables loaded once ({@link TariffLoader}). The same
 * arithmetic as the rules of {@code rules/ras/<version>/Ras.drl}, without an engine: answer level
 * to points, points reduced by the share unpaid carers meet (halves up to whole points; never in a
 * domain marked not deflatable), total, times the price per point for the primary support reason,
 * raised to the floor when any points are scored, flagged for a panel above the ceiling, and times
 * weeks per year to the nearest penny (halves up). Thread-safe.
 */
public final class PlainJavaRas {
  private final Tariff[] tariffs;

  public PlainJavaRas(List<Tariff> tariffs) {
    this.tariffs = tariffs.toArray(Tariff[]::new);
  }

  /** Loads the RAS figures from the rules jar on the classpath. */
  public static PlainJavaRas fromClasspath() {
    return new PlainJavaRas(TariffLoader.fromClasspath());
  }

  /**
   * Calculates one person's indicative budget.
   *
   * @throws IllegalArgumentException when no RAS version covers the date or an answer is invalid
   */
  public PlainResult calculate(CalculationRequest request) {
    return calculate(request, tariff(request.assessmentDate().toEpochDay()));
  }

  /** As {@link #calculate(CalculationRequest)}, with the figures in force on its date. */
  PlainResult calculate(CalculationRequest request, Tariff t) {
    Map<String, Integer> needs = request.needs();
    Map<String, BigDecimal> shares = request.informalSupport();
    int n = t.codes().length;
    if (needs.size() != n) {
      throw new IllegalArgumentException("answer each of the " + n + " domains, and only those");
    }
    int[] before = new int[n];
    int[] after = new int[n];
    int total = 0;
    int sharesSeen = 0;
    for (int i = 0; i < n; i++) {
      String code = t.codes()[i];
      before[i] = points(t, i, needs.get(code));
      BigDecimal share = shares.get(code);
      if (share != null) {
        sharesSeen++;
        after[i] = deflate(before[i], share, t.deflatable()[i]);
      } else {
        after[i] = before[i];
      }
      total += after[i];
    }
    if (sharesSeen != shares.size()) {
      throw new IllegalArgumentException("informal support names a domain the RAS does not have");
    }
    return budget(t, request, before, after, total);
  }

  private PlainResult budget(
      Tariff t, CalculationRequest request, int[] before, int[] after, int total) {
    int reason = request.person().primarySupportReason().ordinal();
    long calculated = total * Tariff.required(t.pricePence()[reason], "price per point", t);
    long weekly = calculated;
    boolean floorApplied = false;
    if (total > 0) {
      long floor = Tariff.required(t.floorPence(), "floor", t);
      if (calculated < floor) {
        weekly = floor;
        floorApplied = true;
      }
    }
    boolean panel = weekly > Tariff.required(t.ceilingPence(), "ceiling", t);
    long weeks = Tariff.required(t.weeksUnscaled(), "weeks per year", t);
    // weekly >= 0 and weeks > 0, so adding half the divisor before dividing rounds halves up.
    long annual = (2 * weekly * weeks + t.weeksDivisor()) / (2 * t.weeksDivisor());
    return new PlainResult(
        t.version(), before, after, total, calculated, weekly, floorApplied, panel, annual);
  }

  /** The figures in force on a day (epoch day). */
  Tariff tariff(long day) {
    for (Tariff t : tariffs) {
      if (t.covers(day)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no RAS version covers epoch day " + day);
  }

  private static int points(Tariff t, int domain, Integer level) {
    int[] table = t.points()[domain];
    if (level == null || level < 0 || level >= table.length) {
      throw new IllegalArgumentException(
          t.codes()[domain] + ": answer level " + level + " is out of range");
    }
    return table[level];
  }

  private static int deflate(int points, BigDecimal share, boolean deflatable) {
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("an unpaid-support share must be between 0 and 1");
    }
    if (!deflatable || share.signum() == 0) {
      return points;
    }
    return BigDecimal.valueOf(points)
        .multiply(BigDecimal.ONE.subtract(share))
        .setScale(0, RoundingMode.HALF_UP)
        .intValueExact();
  }
}
