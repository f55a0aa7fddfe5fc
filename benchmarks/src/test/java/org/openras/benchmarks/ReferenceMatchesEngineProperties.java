package org.openras.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.benchmarks.reference.PlainResult;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;

/**
 * The plain-Java reference gives exactly the engine's figures on generated people, so the
 * benchmark's engine/reference ratio compares like with like. Also checks the people generated
 * reached every band: both versions, every support reason, every level of every domain, every edge
 * share, no points, the floor, the panel, and budgets between them.
 */
class ReferenceMatchesEngineProperties {
  private static final int EXAMPLES = 3000;

  @Test
  void theReferenceGivesTheEnginesFiguresForGeneratedPeople() {
    List<RuleSetVersion> versions = Both.ENGINE.catalogue().versions("ras");
    assertThat(versions).extracting(RuleSetVersion::version).contains("2024-04-01", "2025-04-01");
    Set<String> reached = new HashSet<>();
    qt().withExamples(EXAMPLES)
        .forAll(GeneratedPeople.people(versions))
        .checkAssert(
            request -> {
              CalculationResult engine = Both.ENGINE.calculate(request);
              PlainResult plain = Both.REFERENCE.calculate(request);
              assertThat(SameFigures.differences(engine, plain)).as(request.toString()).isEmpty();
              record(reached, request, plain);
            });
    assertThat(reached).containsAll(expectedBands(versions));
  }

  private static void record(Set<String> reached, CalculationRequest r, PlainResult plain) {
    reached.add("version " + plain.version());
    reached.add("reason " + r.person().primarySupportReason());
    r.needs().forEach((domain, level) -> reached.add(domain + " level " + level));
    r.informalSupport().values().forEach(s -> reached.add("share " + s.toPlainString()));
    reached.add(plain.totalPoints() == 0 ? "no points" : "some points");
    reached.add(plain.floorApplied() ? "floor applied" : "floor not applied");
    reached.add(plain.panelReview() ? "panel" : "no panel");
    if (plain.totalPoints() > 0 && !plain.floorApplied() && !plain.panelReview()) {
      reached.add("between floor and ceiling");
    }
  }

  private static Set<String> expectedBands(List<RuleSetVersion> versions) {
    Set<String> bands = new HashSet<>();
    // Every version selected by date; not 2025-04-01, which 2025-04-01-staged supersedes for all
    // its days (docs/adr/0016), so neither the engine nor the reference selects it by date.
    versions.stream()
        .filter(v -> !Both.ENGINE.catalogue().isSuperseded(v))
        .forEach(v -> bands.add("version " + v.version()));
    for (var reason : org.openras.engine.request.PrimarySupportReason.values()) {
      bands.add("reason " + reason);
    }
    var q = Both.ENGINE.catalogue().versions("ras").get(0);
    for (var d : org.openras.engine.ras.Questionnaire.load(q).domains()) {
      for (int level = 0; level <= d.maxLevel(); level++) {
        bands.add(d.code() + " level " + level);
      }
    }
    for (BigDecimal s : GeneratedPeople.SHARES) {
      bands.add("share " + s.toPlainString());
    }
    bands.addAll(
        List.of(
            "no points",
            "some points",
            "floor applied",
            "floor not applied",
            "panel",
            "no panel",
            "between floor and ceiling"));
    return bands;
  }
}
