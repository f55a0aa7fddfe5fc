package org.openras.service.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.forecast.CostBasis;
import org.openras.engine.forecast.DemandForecaster;
import org.openras.engine.forecast.ForecastSpec;
import org.openras.engine.forecast.HistoryPoint;
import org.openras.engine.forecast.Realignment;
import org.openras.engine.forecast.YoungPerson;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.seeds.importer.HistoryImporter;
import org.openras.seeds.importer.ImportProblem;
import org.openras.service.problem.BindingErrors;

/**
 * Checks what was sent for a forecast before it is queued: every field of the request (400, each
 * named), every line of the history and of the young people (422, each by line and column), and
 * that a trend can be fitted to the history at all (422), so that a job once queued fails only if
 * the service does.
 */
final class ForecastInput {
  static final int MAX_YEARS = 10;
  static final int LISTED = 200;

  /**
   * What a job runs on, checked: stored as the job's request (JSON) beside its inputs.
   *
   * @param title the name in words
   * @param month the month column
   * @param group the client group column
   * @param people the people column
   * @param cost the net cost column
   * @param costBasis what the cost column is for
   * @param firstYear the first forecast year
   * @param years how many years
   * @param confidence the intervals' coverage
   * @param populationGrowth year → factor
   * @param inflation year → factor
   * @param referenceCaseload a kept caseload's SHA-256, or null
   * @param pricedOn the date the history's cost stands for, or null
   * @param realignment budget moved each year, or null
   */
  record Asked(
      String title,
      String month,
      String group,
      String people,
      String cost,
      CostBasis costBasis,
      int firstYear,
      int years,
      double confidence,
      Map<Integer, BigDecimal> populationGrowth,
      Map<Integer, BigDecimal> inflation,
      String referenceCaseload,
      LocalDate pricedOn,
      ForecastRequest.Move realignment) {

    HistoryImporter.Mapping mapping() {
      return new HistoryImporter.Mapping(month, group, people, cost, costBasis);
    }

    ForecastSpec spec() {
      return new ForecastSpec(firstYear, years, confidence, populationGrowth, inflation);
    }

    Realignment move() {
      if (realignment == null) {
        return null;
      }
      return new Realignment(
          PrimarySupportReason.valueOf(realignment.from()),
          PrimarySupportReason.valueOf(realignment.to()),
          realignment.amount() == null ? null : Money.parse(realignment.amount()),
          realignment.percent() == null ? null : new BigDecimal(realignment.percent()));
    }
  }

  /** Rows that could not be read, by part, line and column: nothing is queued (422). */
  static final class NotReadException extends RuntimeException {
    final List<FieldError> problems;
    final int count;

    NotReadException(String message, List<FieldError> problems) {
      super(message);
      this.problems = List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
      this.count = problems.size();
    }
  }

  /** The inputs read, for the job. */
  record Read(Asked asked, List<HistoryPoint> history, List<YoungPerson> cohort) {}

  private ForecastInput() {}

  /** The request part as sent over the API: JSON, each field that cannot be read named. */
  static ForecastRequest parse(String json) {
    if (json == null || json.isBlank()) {
      return new ForecastRequest(null, null, null, null, null, null, null, null, null, null);
    }
    try {
      return Json.mapper().readValue(json, ForecastRequest.class);
    } catch (RuntimeException e) {
      FieldError f = BindingErrors.of(e);
      String field = "body".equals(f.field()) ? "request" : "request." + f.field();
      throw new InvalidRequestException(List.of(new FieldError(field, f.problem())));
    }
  }

  /** Every field checked; all the problems at once (400). */
  static Asked check(ForecastRequest r) {
    List<FieldError> errors = new ArrayList<>();
    ForecastRequest.Columns c = r.columns();
    String month = column(c == null ? null : c.month(), "month");
    String group = column(c == null ? null : c.group(), "group");
    String people = column(c == null ? null : c.people(), "people");
    String cost = column(c == null ? null : c.cost(), "net_cost");
    CostBasis basis = CostBasis.WEEKLY;
    if (c != null && c.costBasis() != null && !c.costBasis().isBlank()) {
      try {
        basis = CostBasis.valueOf(c.costBasis().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("columns.costBasis", "must be WEEKLY or MONTHLY"));
      }
    }
    int firstYear = 0;
    if (r.firstYear() == null) {
      errors.add(
          new FieldError(
              "firstYear",
              "is missing: give the first year to forecast, such as 2027 for 2027/28"));
    } else if (r.firstYear() < 2000 || r.firstYear() > 2100) {
      errors.add(new FieldError("firstYear", "must be a year from 2000 to 2100, such as 2027"));
    } else {
      firstYear = r.firstYear();
    }
    int years = r.years() == null ? 5 : r.years();
    if (years < 1 || years > MAX_YEARS) {
      errors.add(new FieldError("years", "must be 1 to " + MAX_YEARS + " years"));
    }
    double confidence = 0.95;
    if (r.confidence() != null && !r.confidence().isBlank()) {
      try {
        confidence = Double.parseDouble(r.confidence().trim());
        if (!(confidence >= 0.5 && confidence < 1)) {
          errors.add(
              new FieldError("confidence", "must be at least 0.5 and below 1, such as 0.95"));
        }
      } catch (NumberFormatException e) {
        errors.add(new FieldError("confidence", "must be a number such as 0.95"));
      }
    }
    Map<Integer, BigDecimal> growth =
        factors("populationGrowth", r.populationGrowth(), firstYear, years, errors);
    Map<Integer, BigDecimal> inflation =
        factors("inflation", r.inflation(), firstYear, years, errors);
    String reference = r.referenceCaseload();
    if (reference != null && reference.isBlank()) {
      reference = null;
    }
    LocalDate pricedOn = null;
    if (r.pricedOn() != null && !r.pricedOn().isBlank()) {
      try {
        pricedOn = LocalDate.parse(r.pricedOn().trim());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("pricedOn", "must be a date written 2026-11-01"));
      }
    }
    ForecastRequest.Move move = move(r.realignment(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String title = r.title() == null || r.title().isBlank() ? null : r.title().trim();
    if (title != null && title.length() > 200) {
      title = title.substring(0, 200);
    }
    return new Asked(
        title,
        month,
        group,
        people,
        cost,
        basis,
        firstYear,
        years,
        confidence,
        growth,
        inflation,
        reference,
        pricedOn,
        move);
  }

  private static String column(String given, String fallback) {
    return given == null || given.isBlank() ? fallback : given.trim();
  }

  private static Map<Integer, BigDecimal> factors(
      String name, Map<String, String> given, int firstYear, int years, List<FieldError> errors) {
    Map<Integer, BigDecimal> out = new TreeMap<>();
    if (given == null) {
      return out;
    }
    given.forEach(
        (y, f) -> {
          String field = name + "." + y;
          int year;
          try {
            year = Integer.parseInt(y.trim());
          } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be keyed by a year such as 2027"));
            return;
          }
          if (firstYear > 0 && (year < firstYear || year > firstYear + years - 1)) {
            errors.add(
                new FieldError(
                    field,
                    "is for a year outside the forecast ("
                        + firstYear
                        + " to "
                        + (firstYear + years - 1)
                        + ")"));
            return;
          }
          BigDecimal factor;
          try {
            factor = new BigDecimal(f == null ? "" : f.trim());
          } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a factor such as 1.02 (2% more)"));
            return;
          }
          if (factor.signum() <= 0 || factor.compareTo(BigDecimal.TEN) > 0) {
            errors.add(
                new FieldError(field, "must be a factor above 0 and at most 10, such as 1.02"));
            return;
          }
          out.put(year, factor);
        });
    return out;
  }

  private static ForecastRequest.Move move(ForecastRequest.Move m, List<FieldError> errors) {
    if (m == null
        || (blank(m.from()) && blank(m.to()) && blank(m.amount()) && blank(m.percent()))) {
      return null;
    }
    int before = errors.size();
    PrimarySupportReason from = group("realignment.from", m.from(), errors);
    PrimarySupportReason to = group("realignment.to", m.to(), errors);
    if (from != null && from == to) {
      errors.add(
          new FieldError("realignment.to", "must be a different client group from the first"));
    }
    String amount = null;
    String percent = null;
    if (blank(m.amount()) == blank(m.percent())) {
      errors.add(
          new FieldError(
              "realignment.amount", "give an amount or a percent to move, not both or neither"));
    } else if (!blank(m.amount())) {
      try {
        Money a = Money.parse(m.amount().trim().replace("£", "").replace(",", ""));
        if (a.isNegative()) {
          errors.add(new FieldError("realignment.amount", "must not be negative"));
        }
        amount = a.toString();
      } catch (RuntimeException e) {
        errors.add(new FieldError("realignment.amount", "must be pounds such as 250000.00"));
      }
    } else {
      try {
        BigDecimal p = new BigDecimal(m.percent().trim().replace("%", ""));
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
          errors.add(new FieldError("realignment.percent", "must be 0 to 100"));
        }
        percent = p.toPlainString();
      } catch (NumberFormatException e) {
        errors.add(new FieldError("realignment.percent", "must be a percent such as 5"));
      }
    }
    if (errors.size() > before) {
      return null;
    }
    return new ForecastRequest.Move(from.name(), to.name(), amount, percent);
  }

  private static PrimarySupportReason group(String field, String v, List<FieldError> errors) {
    if (blank(v)) {
      errors.add(new FieldError(field, "is missing: give a client group such as MENTAL_HEALTH"));
      return null;
    }
    for (PrimarySupportReason p : PrimarySupportReason.values()) {
      if (p.name().equals(v.trim().toUpperCase(Locale.ROOT))
          || p.title().equalsIgnoreCase(v.trim())) {
        return p;
      }
    }
    errors.add(new FieldError(field, "'" + v + "' is not a client group (primary support reason)"));
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * Reads the history and the young people; every bad line named (422); the first year checked
   * against the history (400); and the trends fitted once, so that a history no trend can be fitted
   * to is refused now (422), not when the job runs.
   */
  static Read read(Asked asked, String history, String transitions) {
    List<FieldError> problems = new ArrayList<>();
    HistoryImporter.Result result;
    try {
      result = HistoryImporter.read(new StringReader(history), asked.mapping());
    } catch (IOException | RuntimeException e) {
      throw new NotReadException(
          "The history could not be read as CSV with a header row",
          List.of(new FieldError("history", "cannot be read as CSV with a header row")));
    }
    for (ImportProblem p : result.problems()) {
      problems.add(
          new FieldError("history line " + p.line() + ", column " + p.column(), p.problem()));
    }
    List<YoungPerson> cohort = transitions == null ? List.of() : youngPeople(transitions, problems);
    if (!problems.isEmpty()) {
      throw new NotReadException(
          problems.size() + " problem(s) in the lines sent; nothing was forecast", problems);
    }
    if (result.points().isEmpty()) {
      throw new NotReadException(
          "The history has no rows",
          List.of(new FieldError("history", "has a header but no rows: send months of history")));
    }
    YearMonth last =
        result.points().stream().map(HistoryPoint::month).max(Comparator.naturalOrder()).get();
    if (!YearMonth.of(asked.firstYear(), 4).isAfter(last)) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "firstYear",
                  "must start after the history's last month ("
                      + last
                      + "): the first year could be "
                      + (last.getMonthValue() >= 4 ? last.getYear() + 1 : last.getYear()))));
    }
    if (asked.firstYear() > last.getYear() + MAX_YEARS) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "firstYear",
                  "is more than "
                      + MAX_YEARS
                      + " years after the history's last month ("
                      + last
                      + ")")));
    }
    try {
      DemandForecaster.forecast(result.points(), asked.spec());
    } catch (IllegalArgumentException e) {
      throw new NotReadException(
          "No trend could be fitted to the history",
          List.of(new FieldError("history", e.getMessage())));
    }
    return new Read(asked, result.points(), cohort);
  }

  private static List<YoungPerson> youngPeople(String text, List<FieldError> problems) {
    List<YoungPerson> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(Json.mapper().readValue(line, YoungPerson.class));
        } catch (RuntimeException e) {
          FieldError f = BindingErrors.of(e);
          String where =
              "body".equals(f.field())
                  ? "transitions line " + n
                  : "transitions line " + n + ", " + f.field();
          problems.add(new FieldError(where, f.problem()));
        }
      }
    } catch (IOException e) {
      problems.add(new FieldError("transitions", "cannot be read"));
    }
    return out;
  }
}
