package org.openras.seeds.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.request.PrimarySupportReason;

/** The generator is deterministic and its mix is the one seeds/README.md documents. */
class CaseloadGeneratorTest {
  static String generate(long seed, int people) throws IOException {
    StringWriter w = new StringWriter();
    new CaseloadGenerator(seed, false).write(w, people, done -> {});
    return w.toString();
  }

  @Test
  void theSameSeedGivesTheSameCaseloadAndASmallerOneIsItsPrefix() throws IOException {
    String big = generate(42, 2000);
    assertThat(generate(42, 2000)).isEqualTo(big);
    assertThat(big).startsWith(generate(42, 500));
    assertThat(generate(43, 500)).isNotEqualTo(generate(42, 500));
  }

  @Test
  void theCommittedCaseloadIsSeed20250401() throws IOException {
    String committed = Files.readString(Path.of("caseloads", "synthetic-500.jsonl"));
    assertThat(generate(20250401, 500)).isEqualTo(committed);
  }

  @Test
  void theMixReproducesTheSourcedNationalShares() throws IOException {
    List<String> lines = generate(7, 20_000).lines().toList();
    Map<PrimarySupportReason, Integer> counts = new EnumMap<>(PrimarySupportReason.class);
    int withCarer = 0;
    for (String line : lines) {
      CaseloadEntry e = CaseloadLines.parse(line);
      counts.merge(e.request().person().primarySupportReason(), 1, Integer::sum);
      withCarer += e.request().informalSupport().isEmpty() ? 0 : 1;
      assertThat(e.actualWeeklyCost()).isNotNull();
      assertThat(e.request().needs()).hasSize(10);
    }
    double n = lines.size();
    assertThat(counts.get(PrimarySupportReason.PHYSICAL_PERSONAL_CARE) / n).isBetween(0.49, 0.55);
    assertThat(counts.get(PrimarySupportReason.LEARNING_DISABILITY) / n).isBetween(0.14, 0.18);
    assertThat(counts.get(PrimarySupportReason.MENTAL_HEALTH) / n).isBetween(0.10, 0.13);
    assertThat(counts).hasSize(PrimarySupportReason.values().length);
    assertThat(withCarer / n).isBetween(0.2, 0.5);
  }

  @Test
  void financesAreWrittenOnlyWhenAsked() {
    assertThat(new CaseloadGenerator(1, false).line(1)).doesNotContain("finances");
    assertThat(new CaseloadGenerator(1, true).line(1)).contains("\"finances\"", "weeklyIncome");
  }
}
