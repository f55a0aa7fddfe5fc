package org.openras.benchmarks.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JMH JSON result file and sums it up: the engine's and the reference's average time per
 * calculation over every seed person, the ratio between them (for the RAS alone, and for the whole
 * calculation with names starting {@code whole}), and the compile times.
 */
public final class JmhSummary {
  static final String RAS = "org.openras.benchmarks.RasCalculationBenchmark.";
  static final String WHOLE = "org.openras.benchmarks.WholeCalculationBenchmark.";
  static final String COMPILE = "org.openras.benchmarks.RuleSetCompileBenchmark.";
  static final String DESIGN = "org.openras.benchmarks.RasDesignBenchmark.";
  private static final MathContext FIGURES = new MathContext(4);

  private JmhSummary() {}

  /** The summary, in a stable order; a figure the file does not hold is left out. */
  public static Map<String, Object> of(JsonNode jmh) {
    Map<String, Object> out = new LinkedHashMap<>();
    pair(jmh, RAS, "", out);
    pair(jmh, WHOLE, "whole", out);
    design(jmh, out);
    JsonNode first = find(jmh, COMPILE + "firstInFreshJvm");
    JsonNode again = find(jmh, COMPILE + "again");
    if (first != null) {
      out.put("compileFirstInFreshJvmMillis", score(first));
    }
    if (again != null) {
      out.put("compileAgainMillis", score(again));
    }
    return out;
  }

  /**
   * The engine's and the reference's figures of one benchmark class, with names starting {@code
   * prefix} (none for the RAS, {@code whole} for the whole calculation).
   */
  private static void pair(JsonNode jmh, String benchmark, String prefix, Map<String, Object> out) {
    JsonNode engine = find(jmh, benchmark + "engine");
    JsonNode plain = find(jmh, benchmark + "plainJava");
    if (engine != null) {
      out.put(name(prefix, "engineMicrosPerCalculation"), score(engine));
      out.put(name(prefix, "engineCalculationsPerSecond"), perSecond(engine));
    }
    if (plain != null) {
      out.put(name(prefix, "plainJavaMicrosPerCalculation"), score(plain));
      out.put(name(prefix, "plainJavaCalculationsPerSecond"), perSecond(plain));
    }
    if (engine != null && plain != null) {
      out.put(
          name(prefix, "engineToPlainJavaRatio"),
          figures(score(engine).divide(score(plain), FIGURES)));
      // On a shared machine the fastest iteration is the one least slowed by other processes.
      out.put(name(prefix, "engineFastestIterationMicros"), fastest(engine));
      out.put(name(prefix, "plainJavaFastestIterationMicros"), fastest(plain));
      out.put(
          name(prefix, "fastestIterationRatio"),
          figures(fastest(engine).divide(fastest(plain), FIGURES)));
    }
  }

  /**
   * The RAS design comparison (docs/adr/0033): each of its benchmarks' average and fastest
   * iteration, and each one's ratio to the plain-Java reference measured in the same run, under
   * {@code rasDesign}.
   */
  private static void design(JsonNode jmh, Map<String, Object> out) {
    JsonNode plain = find(jmh, DESIGN + "plainJava");
    Map<String, Object> figures = new LinkedHashMap<>();
    for (JsonNode r : jmh) {
      String benchmark = r.path("benchmark").asString();
      if (!benchmark.startsWith(DESIGN)) {
        continue;
      }
      String method = benchmark.substring(DESIGN.length());
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("micros", score(r));
      one.put("fastestIterationMicros", fastest(r));
      if (plain != null) {
        one.put("toPlainJava", figures(score(r).divide(score(plain), FIGURES)));
        one.put("fastestIterationToPlainJava", figures(fastest(r).divide(fastest(plain), FIGURES)));
      }
      figures.put(method, one);
    }
    if (!figures.isEmpty()) {
      out.put("rasDesign", figures);
    }
  }

  private static String name(String prefix, String figure) {
    return prefix.isEmpty()
        ? figure
        : prefix + Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
  }

  /** The result of a benchmark over every seed person (or its only result), or null. */
  static JsonNode find(JsonNode jmh, String benchmark) {
    JsonNode only = null;
    for (JsonNode r : jmh) {
      if (r.path("benchmark").asString().equals(benchmark)) {
        String seed = r.path("params").path("seed").asString("all");
        if (seed.equals("all")) {
          return r;
        }
        only = r;
      }
    }
    return only;
  }

  static BigDecimal score(JsonNode result) {
    return figures(new BigDecimal(result.path("primaryMetric").path("score").asString()));
  }

  /** The fastest measured iteration (JMH's 0th percentile). */
  static BigDecimal fastest(JsonNode result) {
    return figures(
        new BigDecimal(
            result.path("primaryMetric").path("scorePercentiles").path("0.0").asString()));
  }

  /** Four significant figures, written plainly (50, not 5E+1). */
  static BigDecimal figures(BigDecimal x) {
    BigDecimal r = x.round(FIGURES).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  /** Calculations per second from an average time in microseconds. */
  static BigDecimal perSecond(JsonNode result) {
    String unit = result.path("primaryMetric").path("scoreUnit").asString();
    if (!unit.equals("us/op")) {
      throw new IllegalArgumentException("expected us/op, found " + unit);
    }
    return BigDecimal.valueOf(1_000_000)
        .divide(new BigDecimal(result.path("primaryMetric").path("score").asString()), FIGURES)
        .setScale(0, java.math.RoundingMode.HALF_UP);
  }
}
