package org.openras.seeds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code openras forecast} over the synthetic history in seeds/forecasts. */
class ForecastCommandTest {
  static final Path SEEDS = Path.of("forecasts").toAbsolutePath();
  static final Path RULES = Path.of("..", "rules").toAbsolutePath().normalize();
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new OpenRasCli()).execute(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void forecastsTheSyntheticHistoryWithTransitionsAndWritesJsonAndCsv() throws Exception {
    Run r =
        run(
            "forecast",
            "--history",
            SEEDS.resolve("synthetic-history.csv").toString(),
            "--transitions",
            SEEDS.resolve("synthetic-transitions.jsonl").toString(),
            "--rules",
            RULES.toString(),
            "--first-year",
            "2027",
            "--inflation",
            "2027=1.03",
            "--realign",
            "PHYSICAL_PERSONAL_CARE:MENTAL_HEALTH:5%",
            "-o",
            dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("MENTAL_HEALTH: log-linear: the lower backtest MAPE")
        .contains("LEARNING_DISABILITY: ")
        .contains("12 held-out months within the interval")
        .contains("2031 total net council cost");
    List<String> csv = Files.readAllLines(dir.resolve("forecast.csv"));
    assertThat(csv).hasSize(1 + 5 * 3);
    assertThat(csv.get(1)).startsWith("2027/28,");
    assertThat(csv.get(0)).contains(",rules_factor,inflation_factor,");
    String json = Files.readString(dir.resolve("forecast.json"));
    assertThat(json)
        .contains("\"backtests\"")
        .contains("\"realignmentEffects\"")
        .contains("\"pricing\"")
        .contains("YP-001")
        .doesNotContain(": null");
  }

  @Test
  void everyBadLineIsNamedAndNothingIsForecast() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "month,group,people,net_cost\n"
            + "2025-04,LEARNING_DISABILITY,10,100.00\n"
            + "April,LEARNING_DISABILITY,10,100.00\n"
            + "2025-06,NOBODY,10,100.00\n"
            + "2025-07,MENTAL_HEALTH,-3,1.234\n");
    Run r =
        run("forecast", "--history", bad.toString(), "--first-year", "2027", "-o", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.csv line 3, month: 'April' is not a month written as 2025-04")
        .contains("bad.csv line 4, group: 'NOBODY' is not a primary support reason")
        .contains("bad.csv line 5, people: '-3' is negative")
        .contains("bad.csv line 5, net_cost: '1.234'")
        .contains("4 problem(s); nothing forecast.");
    assertThat(dir.resolve("forecast.json")).doesNotExist();
  }

  @Test
  void comparesACandidateWithThreePercentOnThePriceAndSolvesTheEnvelope() throws Exception {
    Run r =
        run(
            "forecast",
            "--history",
            SEEDS.resolve("synthetic-history.csv").toString(),
            "--transitions",
            SEEDS.resolve("synthetic-transitions.jsonl").toString(),
            "--reference-caseload",
            SEEDS.resolve("snapshots/2026-03-31.jsonl").toString(),
            "--rules",
            RULES.toString(),
            "--first-year",
            "2027",
            "--years",
            "2",
            "--candidate-override",
            "ras:pricePerPoint*1.03",
            "--candidate-label",
            "+3% price",
            "--envelope",
            "2027=28000000.00",
            "--contingency",
            "0.02",
            "-o",
            dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("2027 baseline £[0-9.]+, \\+3% price £[0-9.]+, difference £[0-9.]+")
        // The shipped adjustments version ends in March 2026: the factor has nothing to act on.
        .contains("2027 envelope LEVER_NOT_IN_FORCE");
    List<String> comparison = Files.readAllLines(dir.resolve("forecast-comparison.csv"));
    assertThat(comparison).hasSize(1 + 2 * 3);
    assertThat(comparison.get(0)).startsWith("year,group,baseline,candidate,");
    assertThat(Files.readAllLines(dir.resolve("forecast-envelopes.csv"))).hasSize(2);
    assertThat(Files.readString(dir.resolve("forecast.json")))
        .contains("\"comparison\"")
        .contains("\"envelopes\"");
  }

  @Test
  void readsTheHistoryFromDatedSnapshots() throws Exception {
    Path snaps = SEEDS.resolve("snapshots");
    String[] dates = {
      "2025-10-31", "2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31"
    };
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "forecast", "--rules", RULES.toString(), "--first-year", "2026", "--years", "2"));
    for (String d : dates) {
      args.add("--snapshot");
      args.add(d + "=" + snaps.resolve(d + ".jsonl"));
    }
    args.add("-o");
    args.add(dir.toString());
    Run r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    // Every line of the October snapshot is counted once: in a group, without one, or not costed.
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "snapshot 2025-10-31: (\\d+) people costed, (\\d+) without a client group, (\\d+)"
                    + " not costed")
            .matcher(r.err());
    assertThat(m.find()).as(r.err()).isTrue();
    assertThat(
            Integer.parseInt(m.group(1))
                + Integer.parseInt(m.group(2))
                + Integer.parseInt(m.group(3)))
        .isEqualTo(Files.readAllLines(snaps.resolve("2025-10-31.jsonl")).size());
    assertThat(r.out()).contains("no backtest").contains("2027 total net council cost");
  }

  @Test
  void historyAndSnapshotsTogetherOrAnEnvelopeWithoutPeopleAreRefused() throws Exception {
    Run both =
        run(
            "forecast",
            "--history",
            SEEDS.resolve("synthetic-history.csv").toString(),
            "--snapshot",
            "2026-03-31=" + SEEDS.resolve("snapshots/2026-03-31.jsonl"),
            "--first-year",
            "2027",
            "-o",
            dir.toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("Give either --history or --snapshot");
    Run envelope =
        run(
            "forecast",
            "--history",
            SEEDS.resolve("synthetic-history.csv").toString(),
            "--envelope",
            "2027=1000000",
            "--candidate-override",
            "ras:pricePerPoint*1.03",
            "--first-year",
            "2027",
            "-o",
            dir.toString());
    assertThat(envelope.exit()).isEqualTo(2);
    assertThat(envelope.err())
        .contains("--envelope needs --reference-caseload")
        .contains("A candidate policy choice needs --reference-caseload or --transitions")
        .contains("2 problem(s); nothing forecast.");
    assertThat(dir.resolve("forecast.json")).doesNotExist();
    Run pin =
        run(
            "forecast",
            "--history",
            SEEDS.resolve("synthetic-history.csv").toString(),
            "--reference-caseload",
            SEEDS.resolve("snapshots/2025-10-31.jsonl").toString(),
            "--rules",
            RULES.toString(),
            "--candidate-pin",
            "ras=1999-01-01",
            "--first-year",
            "2027",
            "--years",
            "1",
            "-o",
            dir.toString());
    assertThat(pin.exit()).isEqualTo(2);
    assertThat(pin.err())
        .contains("There is no ras rule set version 1999-01-01")
        .contains("Nothing forecast.");
    assertThat(dir.resolve("forecast.json")).doesNotExist();
  }
}
