package org.openras.engine.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.TestRules;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PrimarySupportReason;

/** Reading a cohort: points from the RAS in force or as recorded; bad lines by line and reason. */
class CohortReaderTest {
  private static String line(CalculationRequest r, String cost) {
    return CaseloadLines.write(new CaseloadEntry(r, cost == null ? null : Money.parse(cost)));
  }

  @Test
  void everyUnusableLineIsReportedByLineAndReason(@TempDir Path dir) throws Exception {
    SplittableRandom r = new SplittableRandom(1);
    CalculationRequest good = CohortFiles.person(r, 1, PrimarySupportReason.MENTAL_HEALTH);
    Map<String, Integer> badNeeds = new LinkedHashMap<>(good.needs());
    badNeeds.put("cooking", 2);
    CalculationRequest unknownDomain =
        new CalculationRequest(
            "P-5", good.assessmentDate(), good.person(), badNeeds, Map.of(), Map.of());
    Map<String, Integer> none = new LinkedHashMap<>(good.needs());
    none.replaceAll((k, v) -> 0);
    CalculationRequest noPoints =
        new CalculationRequest(
            "P-6", good.assessmentDate(), good.person(), none, Map.of(), Map.of());
    List<String> lines =
        List.of(
            line(good, "250.00"),
            line(good, null),
            line(good, "-5.00"),
            "{not json",
            line(unknownDomain, "100.00"),
            line(noPoints, "40.00"),
            "{\"personRef\": \"P-7\", \"primarySupportReason\": \"MENTAL_HEALTH\", \"points\": 42, \"actualWeeklyCost\": \"250.00\"}",
            "{\"personRef\": \"P-8\", \"primarySupportReason\": \"GARDENING\", \"points\": -1, \"actualWeeklyCost\": \"0.00\"}");
    Path file = Files.write(dir.resolve("cohort.jsonl"), lines);
    Cohort c = new CohortReader(TestRules.engine(), false).read(file);
    int expectedPoints = TestRules.engine().calculate(good).ras().totalPoints();
    assertThat(c.lines()).isEqualTo(8);
    assertThat(c.rows())
        .extracting(CohortRow::line, CohortRow::points)
        .containsExactly(tuple(1L, expectedPoints), tuple(7L, 42));
    assertThat(c.problems())
        .extracting(CohortProblem::line, CohortProblem::field)
        .containsExactly(
            tuple(2L, "actualWeeklyCost"),
            tuple(3L, "actualWeeklyCost"),
            tuple(4L, "line"),
            tuple(5L, "request.needs.cooking"),
            tuple(6L, "points"),
            tuple(8L, "primarySupportReason"),
            tuple(8L, "points"));
    assertThat(c.problems().get(4).problem()).contains("ratio method");
    assertThat(c.sha256()).hasSize(64);
  }

  @Test
  void zeroPointsAreFineForLeastSquares(@TempDir Path dir) throws Exception {
    SplittableRandom r = new SplittableRandom(2);
    CalculationRequest p = CohortFiles.person(r, 1, PrimarySupportReason.SENSORY_DUAL);
    Map<String, Integer> none = new LinkedHashMap<>(p.needs());
    none.replaceAll((k, v) -> 0);
    CalculationRequest zero =
        new CalculationRequest("Z-1", p.assessmentDate(), p.person(), none, Map.of(), Map.of());
    Path file = Files.write(dir.resolve("c.jsonl"), List.of(line(zero, "30.00")));
    assertThat(new CohortReader(TestRules.engine(), true).read(file).rows()).hasSize(1);
  }
}
