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
    Comparison comparison,
    List<Envelope> envelopes,
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

  /**
   * The forecast under two policy choices: per year each group's net cost under each and the
   * difference (candidate − baseline), then the year's total.
   */
  record Comparison(String baseline, String candidate, List<ComparisonRow> rows) {}

  record ComparisonRow(
      String year,
      String group,
      String baseline,
      String candidate,
      String difference,
      boolean total) {}

  /** One year's budget envelope in words. */
  record Envelope(
      String year, String budget, String toMeet, String forecast, String words, String share) {}

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
        groups,
        years,
        money,
        totals,
        arrivals,
        notCosted,
        move,
        comparison(r.get("comparison")),
        envelopes(r.get("envelopes")),
        assumptions(r, first, count));
  }

  private static Comparison comparison(JsonNode c) {
    if (c == null || c.isNull()) {
      return null;
    }
    List<ComparisonRow> rows = new ArrayList<>();
    for (JsonNode t : c.get("totals")) {
      int year = t.get("year").asInt();
      for (JsonNode row : c.get("rows")) {
        if (row.get("year").asInt() == year) {
          rows.add(
              new ComparisonRow(
                  yearLabel(year),
                  Formats.clientGroup(row.get("group").asString()),
                  Formats.money(row.get("baselineNet").asString()),
                  Formats.money(row.get("candidateNet").asString()),
                  signed(row.get("difference").asString()),
                  false));
        }
      }
      rows.add(
          new ComparisonRow(
              yearLabel(year),
              "All groups",
              Formats.money(t.get("baselineNet").asString()),
              Formats.money(t.get("candidateNet").asString()),
              signed(t.get("difference").asString()),
              true));
    }
    return new Comparison(
        c.get("baseline").get("label").asString(),
        c.get("candidate").get("label").asString(),
        rows);
  }

  /** A difference with its sign in words: "£1,234.56 more", "£10.00 less", "no change". */
  static String signed(String amount) {
    BigDecimal a = new BigDecimal(amount);
    if (a.signum() == 0) {
      return "no change";
    }
    return Formats.money(a.abs()) + (a.signum() > 0 ? " more" : " less");
  }

  private static List<Envelope> envelopes(JsonNode e) {
    List<Envelope> out = new ArrayList<>();
    if (e == null || e.isNull()) {
      return out;
    }
    for (JsonNode y : e) {
      String toMeet = Formats.money(y.get("targetToMeet").asString());
      String status = y.get("status").asString();
      String lowest = y.get("lowest").asString();
      String highest = y.get("highest").asString();
      String words =
          switch (status) {
            case "MET", "NEAREST_ONLY" -> {
              BigDecimal f = new BigDecimal(y.get("factor").asString());
              yield "Every person's budget at "
                  + percentOf(f)
                  + " of what the rules give (a factor of "
                  + f.toPlainString()
                  + ") brings the forecast to "
                  + Formats.money(y.get("costAtFactor").asString())
                  + ", "
                  + Formats.money(y.get("belowTarget").asString())
                  + " within the budget of "
                  + toMeet
                  + ".";
            }
            case "TARGET_BELOW_RANGE" ->
                "The budget of "
                    + toMeet
                    + " cannot be reached within the factors allowed ("
                    + lowest
                    + " to "
                    + highest
                    + "): even with every budget at "
                    + percentOf(new BigDecimal(lowest))
                    + " of what the rules give, the forecast costs "
                    + Formats.money(y.get("costAtLowest").asString())
                    + ".";
            case "TARGET_ABOVE_RANGE" ->
                "The budget of "
                    + toMeet
                    + " is more than the forecast costs even with every budget at "
                    + percentOf(new BigDecimal(highest))
                    + " of what the rules give ("
                    + Formats.money(y.get("costAtHighest").asString())
                    + "): there is room to spare.";
            case "LEVER_NOT_IN_FORCE" ->
                "No in-year adjustment is in force in this year, so no factor on every budget"
                    + " changes the forecast of "
                    + Formats.money(y.get("forecastNet").asString())
                    + ": another lever (rates for the year) is needed.";
            default -> y.get("finding").asString();
          };
      JsonNode share = y.get("shareOfForecast");
      String shareWords =
          share == null || share.isNull()
              ? "The forecast is nothing, so the budget cannot be set against it."
              : "The budget is "
                  + percentOf(new BigDecimal(share.asString()))
                  + " of the forecast"
                  + (new BigDecimal(share.asString()).compareTo(BigDecimal.ONE) < 0
                      ? ": a cut of "
                          + percentOf(BigDecimal.ONE.subtract(new BigDecimal(share.asString())))
                          + " by whatever means."
                      : ".");
      out.add(
          new Envelope(
              yearLabel(y.get("year").asInt()),
              Formats.money(y.get("target").asString()),
              toMeet,
              Formats.money(y.get("forecastNet").asString()),
              words,
              shareWords));
    }
    return out;
  }

  /** A factor as a percentage to two decimals at most: 0.9512 as "95.12%". */
  static String percentOf(BigDecimal factor) {
    BigDecimal p = factor.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (p.scale() < 0) {
      p = p.setScale(0);
    }
    return p.toPlainString() + "%";
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
