package org.openras.engine.calibration;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.openras.engine.TestRules;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Calibration cohorts as caseload files: people with random answers in every group, whose actual
 * cost is a known price per point times their points (from the shipped RAS) plus bounded noise.
 */
final class CohortFiles {
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

  private CohortFiles() {}

  static CalculationRequest person(SplittableRandom r, int i, PrimarySupportReason psr) {
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (String d : DOMAINS) {
      needs.put(d, 1 + r.nextInt(d.equals("personal-care") ? 4 : 3));
    }
    return new CalculationRequest(
        String.format("CAL-%04d", i),
        LocalDate.of(2025, 6, 1).plusDays(r.nextInt(200)),
        new PersonDetails(LocalDate.of(1950 + r.nextInt(50), 3, 14), psr),
        needs,
        Map.of(),
        Map.of());
  }

  /** {@code perGroup} people in each primary support reason, costing about £price a point. */
  static Path write(Path file, int perGroup, double price, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    int i = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int k = 0; k < perGroup; k++) {
        for (PrimarySupportReason psr : PrimarySupportReason.values()) {
          CalculationRequest p = person(r, ++i, psr);
          int points = TestRules.engine().calculate(p).ras().totalPoints();
          double cost = price * points * (0.9 + 0.2 * r.nextDouble());
          Money actual = Money.rounded(BigDecimal.valueOf(cost), RoundingMode.HALF_UP);
          w.write(CaseloadLines.write(new CaseloadEntry(p, actual)) + "\n");
        }
      }
    }
    return file;
  }
}
