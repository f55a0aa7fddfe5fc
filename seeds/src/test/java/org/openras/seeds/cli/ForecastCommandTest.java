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
        .contains("YP-001");
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
}
