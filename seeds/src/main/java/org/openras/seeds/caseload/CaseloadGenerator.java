package org.openras.seeds.caseload;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates a synthetic caseload as JSON Lines ({@code {"request": {...}, "actualWeeklyCost":
 * "..."}}), deterministically: person {@code i} comes from a random stream seeded by the seed and
 * {@code i} alone, so a caseload of 500 is the first 500 people of one of 1,000,000.
 */
public final class CaseloadGenerator {
  /** The financial year the assessments fall in (dates spread evenly over it). */
  static final LocalDate YEAR_START = LocalDate.of(2025, 4, 1);

  private final long seed;
  private final boolean finances;

  /**
   * @param finances also write {@code request.finances} (incomes and capital): only once the
   *     engine's request has the contributions area's {@code finances} section, because the
   *     engine's JSON rejects unknown fields
   */
  public CaseloadGenerator(long seed, boolean finances) {
    this.seed = seed;
    this.finances = finances;
  }

  /** Writes people 1 to {@code count}, one line each, telling {@code progress} every 10,000. */
  public void write(Writer out, long count, LongConsumer progress) throws IOException {
    for (long i = 1; i <= count; i++) {
      out.write(line(i));
      out.write('\n');
      if (i % 10_000 == 0) {
        progress.accept(i);
      }
    }
    progress.accept(count);
  }

  /** Person {@code i}'s line. */
  public String line(long i) {
    SplittableRandom r = new SplittableRandom(mix(seed, i));
    CaseloadEntry entry = entry(i, r);
    if (!finances) {
      return Json.compact().writeValueAsString(entry);
    }
    ObjectNode node = Json.compact().valueToTree(entry);
    ((ObjectNode) node.get("request"))
        .set("finances", Json.compact().valueToTree(Finances.draw(r, entry)));
    return Json.compact().writeValueAsString(node);
  }

  CaseloadEntry entry(long i, SplittableRandom r) {
    boolean older = r.nextDouble() >= CaseloadMix.WORKING_AGE_SHARE;
    PrimarySupportReason psr = pick(r, older ? CaseloadMix.OLDER : CaseloadMix.WORKING_AGE);
    LocalDate assessed = YEAR_START.plusDays(r.nextInt(365));
    int age = older ? olderAge(r) : 18 + r.nextInt(47);
    LocalDate born = assessed.minusYears(age).minusDays(1 + r.nextInt(364));
    double severity = (r.nextDouble() + r.nextDouble() + r.nextDouble()) / 3;
    Map<String, Integer> needs = needs(r, psr, severity);
    boolean carer =
        r.nextDouble() < (older ? CaseloadMix.CARER_OLDER : CaseloadMix.CARER_WORKING_AGE);
    Map<String, BigDecimal> informal = carer ? informal(r, needs) : Map.of();
    if (!carer) {
      needs.put("family-carer-support", 0);
    }
    CalculationRequest request =
        new CalculationRequest(
            String.format("SYN-%07d", i),
            assessed,
            new PersonDetails(born, psr),
            needs,
            informal,
            Map.of());
    return new CaseloadEntry(request, actualCost(r, needs, informal));
  }

  private static int olderAge(SplittableRandom r) {
    double u = r.nextDouble();
    double[] b = CaseloadMix.OLDER_BANDS;
    if (u < b[0]) {
      return 65 + r.nextInt(10);
    }
    return u < b[0] + b[1] ? 75 + r.nextInt(10) : 85 + r.nextInt(15);
  }

  private static Map<String, Integer> needs(
      SplittableRandom r, PrimarySupportReason psr, double s) {
    double[] profile = CaseloadMix.PROFILE.get(psr);
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (int d = 0; d < CaseloadMix.DOMAINS.length; d++) {
      int top = CaseloadMix.TOP_LEVEL[d];
      double mean = profile[d] * top * (0.4 + 1.2 * s);
      long level = Math.round(mean + (r.nextDouble() - 0.5) * 1.6);
      needs.put(CaseloadMix.DOMAINS[d], (int) Math.max(0, Math.min(top, level)));
    }
    return needs;
  }

  /** An unpaid carer meets a quarter, half or three quarters of one to three practical domains. */
  private static Map<String, BigDecimal> informal(SplittableRandom r, Map<String, Integer> needs) {
    String[] practical = {"personal-care", "home-and-daily-living", "eating-and-drinking"};
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    int domains = 1 + r.nextInt(3);
    for (int k = 0; k < domains; k++) {
      if (needs.get(practical[k]) > 0) {
        shares.put(practical[k], BigDecimal.valueOf(25L * (1 + r.nextInt(3)), 2));
      }
    }
    needs.merge("family-carer-support", 1, Math::max);
    return shares;
  }

  private static Money actualCost(
      SplittableRandom r, Map<String, Integer> needs, Map<String, BigDecimal> informal) {
    int levels = needs.values().stream().mapToInt(Integer::intValue).sum();
    if (levels == 0) {
      return Money.ZERO;
    }
    double met = informal.values().stream().mapToDouble(BigDecimal::doubleValue).sum() / 10;
    double expected = levels * CaseloadMix.COST_PER_LEVEL * (1 - met);
    double spread =
        Math.exp(
            CaseloadMix.COST_SIGMA * r.nextGaussian()
                - CaseloadMix.COST_SIGMA * CaseloadMix.COST_SIGMA / 2);
    BigDecimal pounds = BigDecimal.valueOf(Math.max(20, expected * spread));
    return Money.rounded(pounds, RoundingMode.HALF_UP);
  }

  static <T> T pick(SplittableRandom r, Map<T, Double> shares) {
    double u = r.nextDouble();
    T last = null;
    for (var e : shares.entrySet()) {
      last = e.getKey();
      u -= e.getValue();
      if (u < 0) {
        return last;
      }
    }
    return last;
  }

  /** A well-mixed 64-bit seed for person {@code i} (the SplitMix64 finaliser). */
  static long mix(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + i;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
