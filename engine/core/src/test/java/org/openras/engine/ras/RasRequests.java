package org.openras.engine.ras;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Requests for RAS tests: a builder for examples, and QuickTheories generators for properties. */
final class RasRequests {
  static final List<String> DOMAINS =
      List.of(
          "personal-care",
          "eating-and-drinking",
          "physical-and-mental-wellbeing",
          "relationships",
          "community-work-and-learning",
          "making-decisions",
          "staying-safe",
          "communication",
          "home-and-daily-living",
          "family-carer-support");
  static final int[] MAX_LEVEL = {4, 3, 3, 3, 3, 3, 3, 3, 3, 3};
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 4, 1);

  private RasRequests() {}

  static CalculationRequest request(
      LocalDate date,
      PrimarySupportReason psr,
      int[] levels,
      Map<String, BigDecimal> informalSupport) {
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (int i = 0; i < DOMAINS.size(); i++) {
      needs.put(DOMAINS.get(i), levels[i]);
    }
    return new CalculationRequest(
        "PROP-1", date, new PersonDetails(null, psr), needs, informalSupport, null);
  }

  static CalculationRequest request(PrimarySupportReason psr, Map<String, Integer> answers) {
    int[] levels = new int[DOMAINS.size()];
    answers.forEach((d, l) -> levels[DOMAINS.indexOf(d)] = l);
    return request(LocalDate.of(2025, 6, 1), psr, levels, Map.of());
  }

  /** One generated assessment: date, client group, a level per domain and shares of unpaid care. */
  record Assessment(LocalDate date, PrimarySupportReason psr, int[] levels, int[] sharePercent) {
    Map<String, BigDecimal> shares() {
      Map<String, BigDecimal> out = new LinkedHashMap<>();
      for (int i = 0; i < DOMAINS.size(); i++) {
        if (sharePercent[i] > 0) {
          out.put(DOMAINS.get(i), BigDecimal.valueOf(sharePercent[i], 2));
        }
      }
      return out;
    }

    CalculationRequest toRequest() {
      return request(date, psr, levels, shares());
    }

    Assessment withLevel(int domain, int level) {
      int[] copy = levels.clone();
      copy[domain] = level;
      return new Assessment(date, psr, copy, sharePercent);
    }

    Assessment withShare(int domain, int percent) {
      int[] copy = sharePercent.clone();
      copy[domain] = percent;
      return new Assessment(date, psr, levels, copy);
    }

    @Override
    public String toString() {
      return date
          + " "
          + psr
          + " levels "
          + java.util.Arrays.toString(levels)
          + " shares% "
          + java.util.Arrays.toString(sharePercent);
    }
  }

  /** Dates across both shipped RAS versions (2024-04-01 to about 2026-06). */
  static Gen<LocalDate> dates() {
    return SourceDSL.integers().between(0, 800).map(FIRST_DAY::plusDays);
  }

  static Gen<int[]> levels() {
    return SourceDSL.integers()
        .between(0, Integer.MAX_VALUE)
        .map(
            seed -> {
              java.util.Random r = new java.util.Random(seed);
              int[] out = new int[DOMAINS.size()];
              for (int i = 0; i < out.length; i++) {
                out[i] = r.nextInt(MAX_LEVEL[i] + 1);
              }
              return out;
            });
  }

  /** Shares in percent: often none, sometimes the rounding edges 25, 35, 36, 50, or any. */
  static Gen<int[]> shares() {
    int[] edges = {0, 0, 0, 25, 35, 36, 50, 100};
    return SourceDSL.integers()
        .between(0, Integer.MAX_VALUE)
        .map(
            seed -> {
              java.util.Random r = new java.util.Random(seed);
              int[] out = new int[DOMAINS.size()];
              for (int i = 0; i < out.length; i++) {
                out[i] = r.nextBoolean() ? edges[r.nextInt(edges.length)] : r.nextInt(101);
              }
              return out;
            });
  }

  static Gen<Assessment> assessments() {
    return dates()
        .zip(
            SourceDSL.arbitrary().enumValues(PrimarySupportReason.class),
            levels(),
            shares(),
            Assessment::new);
  }
}
