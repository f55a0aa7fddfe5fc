package org.openras.benchmarks.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The sidecar's summary reads the right results out of a JMH JSON file. */
class JmhSummaryTest {
  private static final String JMH =
      """
      [
       {"benchmark": "org.openras.benchmarks.RasCalculationBenchmark.engine",
        "params": {"seed": "deafblind-adult-dual-sensory-impairment.json"},
        "primaryMetric": {"score": 999.0, "scoreUnit": "us/op"}},
       {"benchmark": "org.openras.benchmarks.RasCalculationBenchmark.engine",
        "params": {"seed": "all"},
        "primaryMetric": {"score": 50.0, "scoreUnit": "us/op",
                          "scorePercentiles": {"0.0": 30.0, "100.0": 80.0}}},
       {"benchmark": "org.openras.benchmarks.RasCalculationBenchmark.plainJava",
        "params": {"seed": "all"},
        "primaryMetric": {"score": 0.2, "scoreUnit": "us/op",
                          "scorePercentiles": {"0.0": 0.15, "100.0": 0.3}}},
       {"benchmark": "org.openras.benchmarks.WholeCalculationBenchmark.engine",
        "params": {"seed": "all"},
        "primaryMetric": {"score": 80.0, "scoreUnit": "us/op",
                          "scorePercentiles": {"0.0": 60.0, "100.0": 90.0}}},
       {"benchmark": "org.openras.benchmarks.WholeCalculationBenchmark.plainJava",
        "params": {"seed": "all"},
        "primaryMetric": {"score": 0.4, "scoreUnit": "us/op",
                          "scorePercentiles": {"0.0": 0.3, "100.0": 0.5}}},
       {"benchmark": "org.openras.benchmarks.RasDesignBenchmark.oneFiring",
        "primaryMetric": {"score": 20.0, "scoreUnit": "us/op",
                          "scorePercentiles": {"0.0": 18.0, "100.0": 22.0}}},
       {"benchmark": "org.openras.benchmarks.RasDesignBenchmark.plainJava",
        "primaryMetric": {"score": 0.25, "scoreUnit": "us/op",
                          "scorePercentiles": {"0.0": 0.2, "100.0": 0.3}}},
       {"benchmark": "org.openras.benchmarks.RuleSetCompileBenchmark.firstInFreshJvm",
        "primaryMetric": {"score": 2612.345, "scoreUnit": "ms/op"}}
      ]
      """;

  @Test
  void theRatioIsTheEnginesTimeOverTheReferencesOnEverySeedPerson() {
    Map<String, Object> s = JmhSummary.of(JsonMapper.builder().build().readTree(JMH));
    assertThat(s)
        .containsEntry("engineMicrosPerCalculation", new BigDecimal("50"))
        .containsEntry("engineCalculationsPerSecond", new BigDecimal("20000"))
        .containsEntry("plainJavaMicrosPerCalculation", new BigDecimal("0.2"))
        .containsEntry("plainJavaCalculationsPerSecond", new BigDecimal("5000000"))
        .containsEntry("engineToPlainJavaRatio", new BigDecimal("250"))
        .containsEntry("engineFastestIterationMicros", new BigDecimal("30"))
        .containsEntry("plainJavaFastestIterationMicros", new BigDecimal("0.15"))
        .containsEntry("fastestIterationRatio", new BigDecimal("200"))
        .containsEntry("compileFirstInFreshJvmMillis", new BigDecimal("2612"))
        .doesNotContainKey("compileAgainMillis");
  }

  @Test
  void theWholeCalculationHasItsOwnFigures() {
    Map<String, Object> s = JmhSummary.of(JsonMapper.builder().build().readTree(JMH));
    assertThat(s)
        .containsEntry("wholeEngineMicrosPerCalculation", new BigDecimal("80"))
        .containsEntry("wholePlainJavaMicrosPerCalculation", new BigDecimal("0.4"))
        .containsEntry("wholeEngineToPlainJavaRatio", new BigDecimal("200"))
        .containsEntry("wholeFastestIterationRatio", new BigDecimal("200"))
        .containsEntry("engineToPlainJavaRatio", new BigDecimal("250"));
  }

  @Test
  void theDesignComparisonGivesEachBenchmarksRatioToItsOwnReference() {
    Map<String, Object> s = JmhSummary.of(JsonMapper.builder().build().readTree(JMH));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> design = (Map<String, Map<String, Object>>) s.get("rasDesign");
    assertThat(design.get("oneFiring"))
        .containsEntry("micros", new BigDecimal("20"))
        .containsEntry("toPlainJava", new BigDecimal("80"))
        .containsEntry("fastestIterationToPlainJava", new BigDecimal("90"));
    assertThat(design.get("plainJava")).containsEntry("toPlainJava", new BigDecimal("1"));
    assertThat(s).containsEntry("engineToPlainJavaRatio", new BigDecimal("250"));
  }
}
