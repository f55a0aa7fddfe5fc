package org.openras.engine.scenario;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Small random caseloads for the engine's scenario tests (the realistic generator lives in seeds,
 * which depends on the engine). Seeded, so a test sees the same people every run.
 */
final class TestCaseloads {
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

  private TestCaseloads() {}

  static CalculationRequest person(long seed, int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (String d : DOMAINS) {
      needs.put(d, r.nextInt(d.equals("personal-care") ? 5 : 4));
    }
    Map<String, BigDecimal> informal = new LinkedHashMap<>();
    if (r.nextInt(3) == 0) {
      informal.put(
          "personal-care", new BigDecimal("0.25").multiply(BigDecimal.valueOf(r.nextInt(4))));
    }
    PrimarySupportReason[] psrs = PrimarySupportReason.values();
    LocalDate dob = LocalDate.of(1925 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28));
    return new CalculationRequest(
        "T-" + i,
        LocalDate.of(2025, 6, 1),
        new PersonDetails(dob, psrs[r.nextInt(psrs.length)]),
        needs,
        informal,
        Map.of());
  }

  /** Writes {@code count} people, with {@code bad} lines (1-based) replaced by broken ones. */
  static Path write(Path file, long seed, int count, List<Integer> bad) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= count; i++) {
        if (bad.contains(i)) {
          w.write(i % 2 == 0 ? "{not json\n" : badNeeds(seed, i) + "\n");
        } else {
          Money actual = Money.parse(Integer.toString(50 + (i * 37) % 500) + ".00");
          w.write(CaseloadLines.write(new CaseloadEntry(person(seed, i), actual)) + "\n");
        }
      }
    }
    return file;
  }

  private static String badNeeds(long seed, int i) {
    CalculationRequest p = person(seed, i);
    Map<String, Integer> needs = new LinkedHashMap<>(p.needs());
    needs.put("personal-care", 9);
    return CaseloadLines.write(
        new CaseloadEntry(
            new CalculationRequest(
                p.personRef(),
                p.assessmentDate(),
                p.person(),
                needs,
                p.informalSupport(),
                Map.of()),
            null));
  }
}
