package org.openras.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.TestRules;
import org.openras.engine.money.Money;
import org.openras.engine.params.Overrides;

/** A scenario's totals, bands and problems agree with its per-person rows. */
class ScenarioRunnerTest {
  static final LocalDate D2024 = LocalDate.of(2024, 6, 1);
  static final LocalDate D2025 = LocalDate.of(2025, 6, 1);
  @TempDir Path dir;

  private record Run(ScenarioReport report, List<String[]> people, List<String[]> problems) {}

  private Run run(Path caseload, ScenarioSpec spec, int threads) throws IOException {
    StringWriter people = new StringWriter();
    StringWriter problems = new StringWriter();
    ScenarioReport report =
        new ScenarioRunner(TestRules.engine(), threads)
            .run(caseload, spec, new ScenarioCsv(people, problems), ScenarioProgress.NONE);
    return new Run(report, rows(people), rows(problems));
  }

  private static List<String[]> rows(StringWriter w) {
    return Arrays.stream(w.toString().split("\n")).skip(1).map(l -> l.split(",", -1)).toList();
  }

  private static ScenarioSpec spec(ScenarioSide candidate) {
    return new ScenarioSpec(
        "test", ScenarioSide.inForceOn("2024/25 rules", D2024), candidate, Money.parse("5.00"), 10);
  }

  private static long sumPence(List<String[]> rows, int column) {
    return rows.stream().mapToLong(r -> CostAdapter.pence(Money.parse(r[column]))).sum();
  }

  @Test
  void totalsEqualTheSumOfPerPersonResults() throws IOException {
    Path caseload = TestCaseloads.write(dir.resolve("c.jsonl"), 7, 1200, List.of());
    Run run = run(caseload, spec(ScenarioSide.inForceOn("2025/26 rules", D2025)), 2);
    var t = run.report().totals();
    assertThat(run.people()).hasSize(1200);
    assertThat(Money.parse(t.baseline().weeklyBudget()).amount().movePointRight(2).longValue())
        .isEqualTo(sumPence(run.people(), 5));
    assertThat(CostAdapter.pence(Money.parse(t.baseline().weeklyNet())))
        .isEqualTo(sumPence(run.people(), 7));
    assertThat(CostAdapter.pence(Money.parse(t.baseline().annualNet())))
        .isEqualTo(sumPence(run.people(), 8));
    assertThat(CostAdapter.pence(Money.parse(t.candidate().weeklyNet())))
        .isEqualTo(sumPence(run.people(), 11));
    assertThat(CostAdapter.pence(Money.parse(t.candidate().annualNet())))
        .isEqualTo(sumPence(run.people(), 12));
    assertThat(CostAdapter.pence(Money.parse(t.weeklyNetChange())))
        .isEqualTo(sumPence(run.people(), 13));
    assertThat(CostAdapter.pence(Money.parse(t.actualWeeklyCost())))
        .isEqualTo(sumPence(run.people(), 4));
    long byGroup =
        run.report().byPrimarySupportReason().stream()
            .mapToLong(g -> CostAdapter.pence(Money.parse(g.candidateWeeklyNet())))
            .sum();
    assertThat(byGroup).isEqualTo(sumPence(run.people(), 11));
    assertThat(t.weeklyNetChange()).isNotEqualTo("0.00");
  }

  @Test
  void identicalSidesGiveNoChangeForAnyone() throws IOException {
    Path caseload = TestCaseloads.write(dir.resolve("c.jsonl"), 11, 600, List.of());
    ScenarioSpec same =
        new ScenarioSpec(
            "same",
            ScenarioSide.inForceOn("a", D2025),
            ScenarioSide.inForceOn("b", D2025),
            null,
            0);
    Run run = run(caseload, same, 2);
    assertThat(run.people()).allSatisfy(r -> assertThat(r[13]).isEqualTo("0.00"));
    assertThat(run.report().bands())
        .filteredOn(b -> b.band().equals("NO_CHANGE"))
        .singleElement()
        .satisfies(b -> assertThat(b.people()).isEqualTo(600));
    assertThat(run.report().losers().people()).isZero();
  }

  @Test
  void bandCountsAddUpToThePeopleCalculatedAndMatchTheRows() throws IOException {
    Path caseload = TestCaseloads.write(dir.resolve("c.jsonl"), 3, 900, List.of(5, 6, 700));
    Run run = run(caseload, spec(ScenarioSide.inForceOn("2025/26", D2025)), 2);
    long bands = run.report().bands().stream().mapToLong(ScenarioReport.BandRow::people).sum();
    assertThat(bands).isEqualTo(run.report().caseload().calculated()).isEqualTo(897);
    for (ChangeBand b : ChangeBand.values()) {
      long rows = run.people().stream().filter(r -> r[15].equals(b.name())).count();
      assertThat(run.report().bands().get(b.ordinal()).people()).isEqualTo(rows);
    }
    long histogram =
        run.report().changeHistogram().stream()
            .mapToLong(ScenarioReport.HistogramBin::people)
            .sum();
    assertThat(histogram).isEqualTo(897);
  }

  @Test
  void badRowsAreReportedByLineAndReasonNotDropped() throws IOException {
    Path caseload = TestCaseloads.write(dir.resolve("c.jsonl"), 5, 300, List.of(4, 17));
    Run run = run(caseload, spec(ScenarioSide.inForceOn("2025/26", D2025)), 2);
    assertThat(run.report().caseload().lines()).isEqualTo(300);
    assertThat(run.report().caseload().linesWithProblems()).isEqualTo(2);
    assertThat(run.report().problems().listed())
        .extracting(Problem::line, Problem::side, Problem::field)
        .contains(
            org.assertj.core.groups.Tuple.tuple(4L, "caseload", ""),
            org.assertj.core.groups.Tuple.tuple(17L, "baseline", "needs.personal-care"),
            org.assertj.core.groups.Tuple.tuple(17L, "candidate", "needs.personal-care"));
    assertThat(run.problems()).extracting(r -> r[0]).contains("4", "17");
    assertThat(run.people()).hasSize(298);
  }

  @Test
  void aPinnedVersionThatDoesNotCoverTheDateIsAProblemForEachPerson() throws IOException {
    Path caseload = TestCaseloads.write(dir.resolve("c.jsonl"), 5, 20, List.of());
    ScenarioSide pinned =
        new ScenarioSide("pinned 2024", D2025, Map.of("ras", "2024-04-01"), Overrides.NONE);
    Run run = run(caseload, spec(pinned), 1);
    assertThat(run.report().caseload().calculated()).isZero();
    assertThat(run.report().caseload().linesWithProblems()).isEqualTo(20);
    assertThat(run.report().problems().byReason()).hasSize(1);
  }

  @Test
  void aPricePerPointUpliftForOlderPeopleChangesOnlyTheirBudgets() throws IOException {
    Path caseload = TestCaseloads.write(dir.resolve("c.jsonl"), 9, 400, List.of());
    ScenarioSide uplift =
        new ScenarioSide(
            "+3% 65 and over",
            D2025, Map.of(), Overrides.parse(List.of("ras:pricePerPoint*1.03@age>=65")));
    ScenarioSpec spec =
        new ScenarioSpec("uplift", ScenarioSide.inForceOn("2025/26", D2025), uplift, null, 0);
    Run run = run(caseload, spec, 2);
    for (String[] r : run.people()) {
      int age = Integer.parseInt(r[3]);
      BigDecimal change = new BigDecimal(r[13]);
      if (age < 65) {
        assertThat(change.signum()).as("line %s aged %d", r[0], age).isZero();
      } else {
        assertThat(change.signum()).as("line %s aged %d", r[0], age).isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(new BigDecimal(run.report().totals().weeklyNetChange()).signum()).isPositive();
  }

  @Test
  void theSameCaseloadGivesByteIdenticalJsonWhateverTheThreads() throws IOException {
    Path caseload = TestCaseloads.write(dir.resolve("c.jsonl"), 21, 1000, List.of(10, 333));
    ScenarioSpec spec = spec(ScenarioSide.inForceOn("2025/26", D2025));
    String one = ReportFiles.json(run(caseload, spec, 1).report());
    String two = ReportFiles.json(run(caseload, spec, 2).report());
    assertThat(two).isEqualTo(one);
    assertThat(one).contains(sha256(caseload));
    String html = HtmlReport.render(run(caseload, spec, 2).report());
    assertThat(html)
        .contains("<svg", sha256(caseload), "2025-04-01")
        .doesNotContain("http://cdn", "<script");
  }

  @Test
  void everyThreadCountGivesTheSequentialTotalsAndRowsInCaseloadOrder() throws IOException {
    // Issue 22: the scenario uses every core; more threads must change nothing but the time.
    // Batches
    // finish out of order on several threads (a batch of problems is quick, one of people slow), so
    // the rows are compared line by line with the one-thread run, not only the totals.
    Path caseload = TestCaseloads.write(dir.resolve("order.jsonl"), 7, 1500, List.of(3, 700, 1499));
    ScenarioSpec spec = spec(ScenarioSide.inForceOn("2025/26", D2025));
    Run sequential = run(caseload, spec, 1);
    for (int threads : new int[] {2, 3, 8}) {
      Run parallel = run(caseload, spec, threads);
      assertThat(parallel.report().totals()).isEqualTo(sequential.report().totals());
      assertThat(parallel.report().caseload()).isEqualTo(sequential.report().caseload());
      assertThat(parallel.people()).hasSameSizeAs(sequential.people());
      for (int i = 0; i < sequential.people().size(); i++) {
        assertThat(parallel.people().get(i)).containsExactly(sequential.people().get(i));
      }
      assertThat(parallel.problems().stream().map(r -> r[0]).toList())
          .isEqualTo(sequential.problems().stream().map(r -> r[0]).toList());
    }
    long[] lines = sequential.people().stream().mapToLong(r -> Long.parseLong(r[0])).toArray();
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i]).isGreaterThan(lines[i - 1]);
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
