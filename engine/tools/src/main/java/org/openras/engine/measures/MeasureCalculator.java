package org.openras.engine.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Counts one measure over a register for one period, as its definition says:
 *
 * <ol>
 *   <li>each person is counted once per client type, from the lines of the register open on the
 *       period's last day ({@link Counting#AT_PERIOD_END}) or on any day of it ({@link
 *       Counting#DURING_PERIOD});
 *   <li>a person younger than the minimum age on the period's last day is excluded;
 *   <li>a person with support in more than one setting is counted in the first of nursing,
 *       residential, community (the SALT hierarchy), and excluded if the measure does not count
 *       that setting;
 *   <li>in that setting, a person with a direct payment and other support at once is counted as
 *       part direct payment; otherwise by the first of part direct payment, council-managed
 *       personal budget, individual service fund, no personal budget (SALT LTS001b's columns);
 *   <li>a person counted with a way of managing a budget the denominator does not list is excluded;
 *       the others are in the denominator, and those whose way the numerator lists are in the
 *       numerator.
 * </ol>
 */
public final class MeasureCalculator {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final String NOT_RECORDED = "Not recorded";

  private MeasureCalculator() {}

  public static MeasureFigure count(
      MeasureLibrary.Defined defined, List<ServiceRecord> register, ReportingPeriod period) {
    MeasureDefinition d = defined.definition();
    Map<String, List<ServiceRecord>> byPerson = new TreeMap<>();
    for (ServiceRecord r : register) {
      if (d.clientTypes().contains(r.clientType())) {
        byPerson
            .computeIfAbsent(r.clientType() + "\u0000" + r.personRef(), k -> new ArrayList<>())
            .add(r);
      }
    }
    List<PersonCount> people = new ArrayList<>(byPerson.size());
    for (List<ServiceRecord> lines : byPerson.values()) {
      people.add(person(d, lines, period));
    }
    people.sort(
        Comparator.comparing(PersonCount::personRef).thenComparing(PersonCount::clientType));
    long numerator = people.stream().filter(PersonCount::inNumerator).count();
    long denominator = people.stream().filter(PersonCount::inDenominator).count();
    Map<String, long[]> groups = new TreeMap<>();
    Map<Exclusion, Long> excluded = new EnumMap<>(Exclusion.class);
    for (PersonCount p : people) {
      if (p.inDenominator()) {
        long[] c =
            groups.computeIfAbsent(
                p.clientGroup() == null ? NOT_RECORDED : p.clientGroup().title(), k -> new long[2]);
        c[1]++;
        if (p.inNumerator()) {
          c[0]++;
        }
      } else {
        excluded.merge(p.exclusion(), 1L, Long::sum);
      }
    }
    Map<String, MeasureFigure.GroupCount> byGroup = new TreeMap<>();
    groups.forEach(
        (g, c) -> byGroup.put(g, new MeasureFigure.GroupCount(c[0], c[1], percent(c[0], c[1]))));
    return new MeasureFigure(
        d.id(),
        d.code(),
        d.title(),
        defined.version().location(),
        d.source(),
        period,
        numerator,
        denominator,
        percent(numerator, denominator),
        byGroup,
        excluded,
        List.copyOf(people));
  }

  /** numerator × 100 / denominator, to one decimal place, half up; null when nobody is counted. */
  public static BigDecimal percent(long numerator, long denominator) {
    if (denominator == 0) {
      return null;
    }
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
  }

  private static PersonCount person(
      MeasureDefinition d, List<ServiceRecord> lines, ReportingPeriod period) {
    ServiceRecord first = lines.get(0);
    LocalDate last = period.end();
    List<ServiceRecord> open =
        lines.stream()
            .filter(
                r -> d.counting() == Counting.AT_PERIOD_END ? r.openOn(last) : r.openDuring(period))
            .toList();
    PrimarySupportReason group =
        lines.stream()
            .map(ServiceRecord::clientGroup)
            .filter(g -> g != null)
            .reduce((a, b) -> b)
            .orElse(null);
    if (open.isEmpty()) {
      String when =
          d.counting() == Counting.AT_PERIOD_END
              ? "on " + DAY.format(last)
              : "between " + DAY.format(period.start()) + " and " + DAY.format(last);
      return new PersonCount(
          first.personRef(),
          first.clientType(),
          group,
          false,
          false,
          Exclusion.NOT_SUPPORTED_IN_PERIOD,
          null,
          null,
          0,
          "Not counted: no support was open " + when + ".");
    }
    ServiceRecord latest = open.stream().max(Comparator.comparing(ServiceRecord::start)).get();
    int age = latest.ageOn(last);
    if (age < d.minimumAge()) {
      return new PersonCount(
          first.personRef(),
          first.clientType(),
          group,
          false,
          false,
          Exclusion.UNDER_MINIMUM_AGE,
          null,
          null,
          open.size(),
          "Not counted: aged "
              + age
              + " on "
              + DAY.format(last)
              + "; the measure counts people aged "
              + d.minimumAge()
              + " or over.");
    }
    SupportSetting setting =
        open.stream().map(ServiceRecord::setting).min(Comparator.naturalOrder()).get();
    if (!d.settings().contains(setting)) {
      return new PersonCount(
          first.personRef(),
          first.clientType(),
          group,
          false,
          false,
          Exclusion.SETTING_NOT_COUNTED,
          setting,
          null,
          open.size(),
          "Not counted: receives "
              + setting.words()
              + (open.size() > 1 ? " (counted there before any other support)" : "")
              + "; the measure counts "
              + d.settings().stream()
                  .sorted()
                  .map(SupportSetting::words)
                  .collect(Collectors.joining(" and "))
              + ".");
    }
    List<BudgetManagement> ways =
        open.stream()
            .filter(r -> r.setting() == setting)
            .map(ServiceRecord::management)
            .distinct()
            .sorted()
            .toList();
    BudgetManagement management = combine(ways);
    String how =
        ways.size() > 1
            ? "has "
                + ways.stream().map(BudgetManagement::words).collect(Collectors.joining(" and "))
                + " at once, counted as "
                + management.words()
            : "has " + management.words();
    if (!d.denominator().contains(management)) {
      return new PersonCount(
          first.personRef(),
          first.clientType(),
          group,
          false,
          false,
          Exclusion.MANAGEMENT_NOT_COUNTED,
          setting,
          management,
          open.size(),
          "Not counted: " + how + ", which the measure does not count.");
    }
    boolean numerator = d.numerator().contains(management);
    return new PersonCount(
        first.personRef(),
        first.clientType(),
        group,
        true,
        numerator,
        null,
        setting,
        management,
        open.size(),
        (numerator
                ? "Counted in the numerator and the denominator: "
                : "Counted in the denominator only: ")
            + how
            + ".");
  }

  /** SALT's rule: a direct payment with other support is a part direct payment. */
  static BudgetManagement combine(List<BudgetManagement> ways) {
    boolean direct = ways.contains(BudgetManagement.DIRECT_PAYMENT);
    boolean other = ways.stream().anyMatch(w -> w != BudgetManagement.DIRECT_PAYMENT);
    if (direct && other) {
      return BudgetManagement.PART_DIRECT_PAYMENT;
    }
    return ways.get(0);
  }
}
