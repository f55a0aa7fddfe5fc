package org.openras.service.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openras.engine.json.Json;
import org.openras.service.web.Formats;
import tools.jackson.databind.JsonNode;

/**
 * A forecast's report as the finance officer's page shows it, read from the report's JSON (so a
 * member the engine adds later is in the JSON download even before the page shows it): per client
 * group a fan chart with its table and backtest, the young people by month of arrival, money by
 * year and group, the re-alignment, and the assumptions in words.
 */
record ForecastView(
    List<Group> groups,
    List<String> years,
    List<MoneyRow> money,
    List<String> totals,
    List<Arrival> arrivals,
    List<NotCosted> notCosted,
    Move realignment,
    List<String> assumptions) {

  /** A backtest's MAPE above this (percent) is called a poor fit on the page. */
  static final double POOR_MAPE = 10.0;

  /** Fewer held-out months than this share within their interval is called too narrow a range. */
  static final double POOR_COVERAGE = 0.75;

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  record Group(
      String code,
      String name,
      String trend,
      String backtest,
      String warning,
      String weeklyCost,
      String svg,
      List<YearRow> rows) {}

  record YearRow(
      String year, String people, String peopleRange, String net, String netRange, int arrivals) {}

  record MoneyRow(String group, List<String> amounts) {}

  record Arrival(
      String month,
      String personRef,
      String group,
      String weeklyBudget,
      String weeklyContribution,
      String weeklyNet,
      String versions) {}

  record NotCosted(String personRef, String arrival, String reason) {}

  record Move(String words, List<MoveRow> rows) {}

  record MoveRow(
      String year,
      String moved,
      String fromBudget,
      String fromPeople,
      String toBudget,
      String toPeople) {}

  static String yearLabel(int year) {
    return year + " to " + (year + 1);
  }

  static ForecastView of(String json) {
    JsonNode r = Json.mapper().readTree(json);
    JsonNode spec = r.get("spec");
    int first = spec.get("firstYear").asInt();
    int count = spec.get("years").asInt();
    List<String> years = new ArrayList<>();
    for (int y = first; y < first + count; y++) {
      years.add(yearLabel(y));
    }
    List<Group> groups = new ArrayList<>();
    Map<String, Map<Integer, BigDecimal>> byGroup = new LinkedHashMap<>();
    for (JsonNode g : r.get("groups")) {
      String code = g.get("group").asString();
      String name = Formats.clientGroup(code);
      List<FanChart.Month> months = new ArrayList<>();
      for (JsonNode m : g.get("months")) {
        JsonNode f = m.get("forecast");
        boolean forecast = f != null && !f.isNull();
        JsonNode a = m.get("actual");
        months.add(
            new FanChart.Month(
                YearMonth.parse(m.get("month").asString()),
                a == null || a.isNull() ? null : a.asDouble(),
                forecast ? f.get("point").asDouble() : null,
                forecast ? f.get("lower").asDouble() : null,
                forecast ? f.get("upper").asDouble() : null));
      }
      JsonNode chosen = null;
      for (JsonNode b : g.get("backtests")) {
        if (b.get("model").asString().equals(g.get("model").asString())) {
          chosen = b;
        }
      }
      String backtest;
      String warning = null;
      if (chosen == null) {
        backtest = "Not tested: the history is shorter than 24 months.";
        warning =
            "There is too little history to test this forecast against what happened. Treat it"
                + " with care.";
      } else {
        int held = chosen.get("heldOutMonths").asInt();
        int within = chosen.get("withinInterval").asInt();
        JsonNode mape = chosen.get("mape");
        String error =
            mape == null || mape.isNull()
                ? "no error could be worked out (no one was supported in those months)"
                : "it was wrong by " + oneDecimal(mape.asDouble()) + "% on average";
        backtest =
            "Fitted to all but the last "
                + held
                + " months, then tested on them: "
                + error
                + ", and "
                + within
                + " of the "
                + held
                + " months fell within its likely range.";
        if (mape != null && !mape.isNull() && mape.asDouble() > POOR_MAPE) {
          warning =
              "This trend fitted the last year of history poorly (wrong by more than "
                  + (int) POOR_MAPE
                  + "% on average). Do not rely on it without checking.";
        } else if (held > 0 && within < POOR_COVERAGE * held) {
          warning =
              "Fewer months than expected fell within the likely range when tested: the real"
                  + " range is probably wider than shown.";
        }
      }
      List<YearRow> rows = new ArrayList<>();
      for (JsonNode c : r.get("costs")) {
        if (!c.get("group").asString().equals(code)) {
          continue;
        }
        JsonNode p = c.get("people");
        BigDecimal transitions = new BigDecimal(c.get("transitionsNet").asString());
        BigDecimal lower = new BigDecimal(c.get("caseloadNetLower").asString()).add(transitions);
        BigDecimal upper = new BigDecimal(c.get("caseloadNetUpper").asString()).add(transitions);
        rows.add(
            new YearRow(
                yearLabel(c.get("year").asInt()),
                oneDecimal(p.get("point").asDouble()),
                oneDecimal(p.get("lower").asDouble())
                    + " to "
                    + oneDecimal(p.get("upper").asDouble()),
                Formats.money(c.get("totalNet").asString()),
                Formats.money(lower) + " to " + Formats.money(upper),
                c.get("arrivals").asInt()));
        byGroup
            .computeIfAbsent(name, k -> new LinkedHashMap<>())
            .put(c.get("year").asInt(), new BigDecimal(c.get("totalNet").asString()));
      }
      groups.add(
          new Group(
              code,
              name,
              trendWords(g.get("model").asString()),
              backtest,
              warning,
              Formats.money(g.get("weeklyCostPerPerson").asString()),
              FanChart.svg(name, months),
              rows));
    }
    List<MoneyRow> money = new ArrayList<>();
    byGroup.forEach(
        (group, amounts) -> {
          List<String> cells = new ArrayList<>();
          for (int y = first; y < first + count; y++) {
            BigDecimal a = amounts.get(y);
            cells.add(a == null ? "" : Formats.money(a));
          }
          money.add(new MoneyRow(group, cells));
        });
    List<String> totals = new ArrayList<>();
    JsonNode totalByYear = r.get("totalByYear");
    for (int y = first; y < first + count; y++) {
      JsonNode t = totalByYear == null ? null : totalByYear.get(Integer.toString(y));
      totals.add(t == null || t.isNull() ? "" : Formats.money(t.asString()));
    }
    List<Arrival> arrivals = new ArrayList<>();
    List<NotCosted> notCosted = new ArrayList<>();
    JsonNode cohort = r.get("transitions");
    if (cohort != null && !cohort.isNull()) {
      List<JsonNode> costed = new ArrayList<>();
      cohort.get("costed").forEach(costed::add);
      costed.sort(Comparator.comparing(t -> t.get("arrival").asString()));
      for (JsonNode t : costed) {
        List<String> versions = new ArrayList<>();
        JsonNode v = t.get("versions");
        if (v != null) {
          v.properties().forEach(e -> versions.add(e.getKey() + " " + e.getValue().asString()));
        }
        arrivals.add(
            new Arrival(
                MONTH.format(LocalDate.parse(t.get("arrival").asString())),
                t.get("personRef").asString(),
                Formats.clientGroup(t.get("group").asString()),
                Formats.money(t.get("weeklyBudget").asString()),
                Formats.money(t.get("weeklyContribution").asString()),
                Formats.money(t.get("weeklyNet").asString()),
                String.join(", ", versions)));
      }
      for (JsonNode n : cohort.get("notCosted")) {
        notCosted.add(
            new NotCosted(
                n.get("personRef").asString(),
                Formats.date(n.get("arrival").asString()),
                n.get("reason").asString()));
      }
    }
    Move move = null;
    JsonNode realignment = r.get("realignment");
    if (realignment != null && !realignment.isNull()) {
      String from = Formats.clientGroup(realignment.get("from").asString());
      String to = Formats.clientGroup(realignment.get("to").asString());
      JsonNode amount = realignment.get("amount");
      String what =
          amount != null && !amount.isNull()
              ? Formats.money(amount.asString()) + " a year"
              : realignment.get("percent").asString() + "% of its forecast net cost each year";
      List<MoveRow> rows = new ArrayList<>();
      for (JsonNode e : r.get("realignmentEffects")) {
        rows.add(
            new MoveRow(
                yearLabel(e.get("year").asInt()),
                Formats.money(e.get("moved").asString()),
                Formats.money(e.get("fromBudget").asString()),
                Formats.number(new BigDecimal(e.get("fromPeople").asString())),
                Formats.money(e.get("toBudget").asString()),
                Formats.number(new BigDecimal(e.get("toPeople").asString()))));
      }
      move = new Move("Moving " + what + " from " + from + " to " + to + ".", rows);
    }
    return new ForecastView(
        groups, years, money, totals, arrivals, notCosted, move, assumptions(r, first, count));
  }

  private static List<String> assumptions(JsonNode r, int first, int count) {
    JsonNode spec = r.get("spec");
    List<String> out = new ArrayList<>();
    out.add(
        "The forecast covers "
            + count
            + (count == 1 ? " financial year" : " financial years")
            + ", from April "
            + first
            + " to March "
            + (first + count)
            + ".");
    out.add(
        "For each client group, a straight-line trend and a steady-percentage trend are fitted to"
            + " the people supported each month; the one that forecast the last 12 months of"
            + " history better is used.");
    double confidence = spec.get("confidence").asDouble();
    out.add(
        "The likely range is where "
            + Formats.number(
                BigDecimal.valueOf(confidence * 100)
                    .stripTrailingZeros()
                    .setScale(
                        Math.max(
                            0, BigDecimal.valueOf(confidence * 100).stripTrailingZeros().scale()),
                        RoundingMode.HALF_UP))
            + " in 100 outcomes would fall if the trend holds. Months tend to move together, so"
            + " the real range further ahead is probably wider.");
    out.add(factors("Population growth beyond the trend", spec.get("populationGrowth")));
    out.add(factors("Price inflation beyond the rule-set versions", spec.get("inflation")));
    out.add(
        "Each group's cost per person is its net council cost per person per week over the"
            + " history's last 12 months. Money is to the penny, rounded half up once per year.");
    JsonNode pricing = r.get("pricing");
    JsonNode people = pricing == null ? null : pricing.get("people");
    if (people != null && people.size() > 0) {
      int n = 0;
      for (JsonNode p : people) {
        n += p.asInt();
      }
      StringBuilder s =
          new StringBuilder(
              "Each year's cost per person changes as the rules in force that year change the"
                  + " costs of "
                  + Formats.number(BigDecimal.valueOf(n))
                  + " people of the caseload chosen, against their costs on "
                  + Formats.date(pricing.get("base").asString())
                  + ".");
      List<String> changes = new ArrayList<>();
      pricing
          .get("factors")
          .properties()
          .forEach(
              g ->
                  g.getValue()
                      .properties()
                      .forEach(
                          y -> {
                            BigDecimal f = new BigDecimal(y.getValue().asString());
                            if (f.compareTo(BigDecimal.ONE) != 0) {
                              changes.add(
                                  Formats.clientGroup(g.getKey())
                                      + " in "
                                      + yearLabel(Integer.parseInt(y.getKey()))
                                      + ": "
                                      + change(f));
                            }
                          }));
      s.append(
          changes.isEmpty()
              ? " No rule-set version in force in the forecast years changes them."
              : " Changes: " + String.join("; ", changes) + ".");
      out.add(s.toString());
    } else {
      out.add(
          "The rules in force each year were not applied to today's caseload (no caseload was"
              + " chosen for it): its cost per person changes only by the price inflation above.");
    }
    out.add(
        "Young people arriving from children's services are costed by the rules and"
            + " contributions in force on the day they turn 18, and in each later year by the rules"
            + " in force then.");
    return out;
  }

  private static String factors(String what, JsonNode factors) {
    if (factors == null || factors.isEmpty()) {
      return what + ": none.";
    }
    List<String> parts = new ArrayList<>();
    factors
        .properties()
        .forEach(
            e ->
                parts.add(
                    yearLabel(Integer.parseInt(e.getKey()))
                        + " "
                        + change(new BigDecimal(e.getValue().asString()))));
    return what + ": " + String.join(", ", parts) + " (each year's on top of the years before).";
  }

  private static String change(BigDecimal factor) {
    BigDecimal pct = factor.subtract(BigDecimal.ONE).movePointRight(2).stripTrailingZeros();
    if (pct.scale() < 0) {
      pct = pct.setScale(0);
    }
    return (pct.signum() >= 0
        ? pct.toPlainString() + "% more"
        : pct.negate().toPlainString() + "% less");
  }

  private static String trendWords(String model) {
    return "LOG_LINEAR".equals(model)
        ? "A steady percentage more (or fewer) each month."
        : "A steady number more (or fewer) each month.";
  }

  static String oneDecimal(double v) {
    return Formats.number(BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP));
  }
}
