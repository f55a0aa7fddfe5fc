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
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.forecast.CostBasis;
import org.openras.engine.forecast.DemandForecaster;
import org.openras.engine.forecast.EnvelopeTargets;
import org.openras.engine.forecast.ForecastSpec;
import org.openras.engine.forecast.HistoryPoint;
import org.openras.engine.forecast.PolicyChoice;
import org.openras.engine.forecast.Realignment;
import org.openras.engine.forecast.YoungPerson;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.params.Overrides;
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
   * @param baseline the baseline policy choice as checked, or null (the rules in force)
   * @param candidate the policy choice compared with it, or null
   * @param envelope the budget envelope per year as checked, or null
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
      ForecastRequest.Move realignment,
      ForecastRequest.Choice baseline,
      ForecastRequest.Choice candidate,
      ForecastRequest.Envelope envelope) {

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

    /** The baseline as the engine takes it: the rules in force when none was given. */
    PolicyChoice baselineChoice() {
      return choice(baseline, "baseline");
    }

    /** The candidate, or null. */
    PolicyChoice candidateChoice() {
      return candidate == null ? null : choice(candidate, "candidate");
    }

    /** The envelope targets, or null. */
    EnvelopeTargets targets() {
      if (envelope == null) {
        return null;
      }
      Map<Integer, Money> t = new TreeMap<>();
      envelope.targets().forEach((y, a) -> t.put(Integer.parseInt(y), Money.parse(a)));
      return new EnvelopeTargets(
          t,
          decimal(envelope.contingency()),
          decimal(envelope.lowest()),
          decimal(envelope.highest()));
    }

    private static PolicyChoice choice(ForecastRequest.Choice c, String fallback) {
      if (c == null) {
        return PolicyChoice.asInForce(fallback, SERVED);
      }
      return new PolicyChoice(
          c.label() == null ? fallback : c.label(), SERVED, c.pins(), c.overrides());
    }

    private static BigDecimal decimal(String s) {
      return s == null ? null : new BigDecimal(s);
    }
  }

  /** What the reports name as where a choice's rule sets came from. */
  static final String SERVED = "the service's rule-set versions";

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
      return new ForecastRequest(
          null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
    try {
      return Json.mapper().readValue(json, ForecastRequest.class);
    } catch (RuntimeException e) {
      FieldError f = BindingErrors.of(e);
      String field = "body".equals(f.field()) ? "request" : "request." + f.field();
      throw new InvalidRequestException(List.of(new FieldError(field, f.problem())));
    }
  }

  /**
   * Every field checked; all the problems at once (400).
   *
   * @param youngPeople whether young people were sent beside the request (a candidate needs them or
   *     a reference caseload)
   */
  static Asked check(ForecastRequest r, boolean youngPeople) {
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
    ForecastRequest.Choice baseline = choice("baseline", r.baseline(), errors);
    ForecastRequest.Choice candidate = choice("candidate", r.candidate(), errors);
    if (candidate != null && blank(reference) && !youngPeople) {
      errors.add(
          new FieldError(
              "candidate",
              "needs a reference caseload or young people arriving from children's services:"
                  + " without people with needs the rules cannot cost the forecast under it"));
    }
    ForecastRequest.Envelope envelope = envelope(r.envelope(), firstYear, years, errors);
    if (envelope != null && blank(reference)) {
      errors.add(
          new FieldError(
              "envelope",
              "needs a reference caseload: the affordability factor acts on the budgets the rules"
                  + " calculate for people with needs"));
    }
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
        move,
        baseline,
        candidate,
        envelope);
  }

  /**
   * A policy choice checked: each override readable, each pin a version; null when nothing was
   * given. The pins are checked against the served versions by {@link #checkPins}.
   */
  private static ForecastRequest.Choice choice(
      String name, ForecastRequest.Choice c, List<FieldError> errors) {
    if (c == null) {
      return null;
    }
    Map<String, String> pins = new TreeMap<>();
    if (c.pins() != null) {
      c.pins()
          .forEach(
              (area, version) -> {
                if (blank(version)) {
                  errors.add(
                      new FieldError(
                          name + ".pins." + area, "must be a version such as \"2027-04-01\""));
                } else {
                  pins.put(area.trim(), version.trim());
                }
              });
    }
    List<String> overrides = new ArrayList<>();
    List<String> texts = c.overrides() == null ? List.of() : c.overrides();
    for (int i = 0; i < texts.size(); i++) {
      String field = name + ".overrides[" + i + "]";
      if (blank(texts.get(i))) {
        errors.add(
            new FieldError(
                field, "must be an override such as \"ras:pricePerPoint*1.03@age>=65\""));
        continue;
      }
      try {
        Overrides.parse(List.of(texts.get(i).trim()));
        overrides.add(texts.get(i).trim());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(field, e.getMessage()));
      }
    }
    String label = blank(c.label()) ? null : c.label().trim();
    if (label != null && label.length() > 200) {
      errors.add(new FieldError(name + ".label", "must be at most 200 characters"));
    }
    if (pins.isEmpty() && texts.isEmpty() && (c.pins() == null || c.pins().isEmpty())) {
      return null; // nothing chosen (a label alone changes nothing): as absent
    }
    return new ForecastRequest.Choice(label, pins, overrides);
  }

  /** Every pin names an area and a version the service serves (scheduled ones included). */
  static void checkPins(Asked asked, RuleSetCatalogue served) {
    List<FieldError> errors = new ArrayList<>();
    pins("baseline", asked.baseline(), served, errors);
    pins("candidate", asked.candidate(), served, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  private static void pins(
      String name, ForecastRequest.Choice c, RuleSetCatalogue served, List<FieldError> errors) {
    if (c == null) {
      return;
    }
    c.pins()
        .forEach(
            (area, version) -> {
              String field = name + ".pins." + area;
              if (!served.areas().contains(area)) {
                errors.add(
                    new FieldError(
                        field, "'" + area + "' is not an area the service serves rule sets for"));
              } else if (served.find(area, version).isEmpty()) {
                errors.add(
                    new FieldError(
                        field,
                        "the service serves no version '"
                            + version
                            + "' of "
                            + area
                            + "; it serves "
                            + String.join(
                                ", ",
                                served.versions(area).stream()
                                    .map(RuleSetVersion::version)
                                    .toList())));
              }
            });
  }

  private static ForecastRequest.Envelope envelope(
      ForecastRequest.Envelope e, int firstYear, int years, List<FieldError> errors) {
    if (e == null
        || ((e.targets() == null || e.targets().isEmpty())
            && blank(e.contingency())
            && blank(e.lowest())
            && blank(e.highest()))) {
      return null;
    }
    int before = errors.size();
    Map<String, String> targets = new TreeMap<>();
    if (e.targets() == null || e.targets().isEmpty()) {
      errors.add(
          new FieldError("envelope.targets", "give a target for at least one year, such as 2027"));
    } else {
      e.targets()
          .forEach(
              (y, a) -> {
                String field = "envelope.targets." + y;
                int year;
                try {
                  year = Integer.parseInt(y.trim());
                } catch (NumberFormatException x) {
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
                try {
                  Money m =
                      Money.parse(a == null ? "" : a.trim().replace("£", "").replace(",", ""));
                  if (m.isNegative()) {
                    errors.add(new FieldError(field, "must be £0 or more"));
                    return;
                  }
                  targets.put(Integer.toString(year), m.toString());
                } catch (RuntimeException x) {
                  errors.add(new FieldError(field, "must be pounds such as 42000000.00"));
                }
              });
    }
    String contingency = share("envelope.contingency", e.contingency(), errors);
    String lowest = share("envelope.lowest", e.lowest(), errors);
    String highest = share("envelope.highest", e.highest(), errors);
    if (errors.size() > before) {
      return null;
    }
    try {
      new EnvelopeTargets(
          targets.entrySet().stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      t -> Integer.parseInt(t.getKey()), t -> Money.parse(t.getValue()))),
          contingency == null ? null : new BigDecimal(contingency),
          lowest == null ? null : new BigDecimal(lowest),
          highest == null ? null : new BigDecimal(highest));
    } catch (IllegalArgumentException x) {
      String m = x.getMessage() == null ? "" : x.getMessage();
      errors.add(
          new FieldError(
              m.contains("contingency") ? "envelope.contingency" : "envelope.lowest", m));
      return null;
    }
    return new ForecastRequest.Envelope(targets, contingency, lowest, highest);
  }

  private static String share(String field, String v, List<FieldError> errors) {
    if (blank(v)) {
      return null;
    }
    try {
      return new BigDecimal(v.trim()).toPlainString();
    } catch (NumberFormatException x) {
      errors.add(new FieldError(field, "must be a number such as 0.05"));
      return null;
    }
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
