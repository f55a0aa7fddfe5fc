package org.openras.engine.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.params.ParameterValue;

/**
 * Parameter changes between two versions, in words. Each figure is compared as people get it: the
 * value in force in the earlier version on its last day before the switch against the value in
 * force in the later version on its first day (see {@link ComparisonDates}); values either version
 * schedules after the switch are compared date by date. Units, periods, descriptions and references
 * that change are listed too.
 */
final class ParameterDiff {
  private ParameterDiff() {}

  static List<Change> compare(ParameterSet a, ParameterSet b, ComparisonDates dates) {
    List<Change> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(a.definitions().keySet());
    names.addAll(b.definitions().keySet());
    for (String name : names) {
      ParameterDefinition from = a.definitions().get(name);
      ParameterDefinition to = b.definitions().get(name);
      if (to == null) {
        out.add(Change.removed(name, "removed: " + Figures.subject(from, "") + " (" + name + ")"));
      } else if (from == null) {
        out.add(Change.added(name, "added: " + Figures.subject(to, "") + " (" + name + ")"));
        values(name, null, to, null, dates.to(), out);
      } else {
        metadata(name, from, to, out);
        values(name, from, to, dates.from(), dates.to(), out);
        later(name, from, to, dates.from().isAfter(dates.to()) ? dates.from() : dates.to(), out);
      }
    }
    return out;
  }

  private static void metadata(
      String name, ParameterDefinition a, ParameterDefinition b, List<Change> out) {
    field(name, "unit", a.unit(), b.unit(), out);
    field(name, "period", a.period(), b.period(), out);
    field(name, "description", a.description(), b.description(), out);
    field(name, "reference", a.reference().title(), b.reference().title(), out);
    field(name, "reference url", a.reference().url(), b.reference().url(), out);
  }

  private static void field(String name, String what, String a, String b, List<Change> out) {
    if (!Objects.equals(a, b)) {
      out.add(Change.changed(name, name + ": " + what + " '" + a + "' → '" + b + "'"));
    }
  }

  /** The figures in force on each side's comparison day. */
  private static void values(
      String name,
      ParameterDefinition a,
      ParameterDefinition b,
      LocalDate aDay,
      LocalDate bDay,
      List<Change> out) {
    Map<String, ParameterValue> old = a == null ? Map.of() : inForce(a.values(), aDay);
    Map<String, ParameterValue> now = inForce(b.values(), bDay);
    compareKeys(name, a == null ? b : a, b, old, now, "", out);
  }

  private static Map<String, ParameterValue> inForce(
      NavigableMap<LocalDate, Map<String, ParameterValue>> values, LocalDate day) {
    var entry = values.floorEntry(day);
    return entry == null ? Map.of() : entry.getValue();
  }

  /** Values either side schedules after the switch, date by date. */
  private static void later(
      String name,
      ParameterDefinition a,
      ParameterDefinition b,
      LocalDate after,
      List<Change> out) {
    Set<LocalDate> days = new TreeSet<>(a.values().tailMap(after, false).keySet());
    days.addAll(b.values().tailMap(after, false).keySet());
    for (LocalDate day : days) {
      Map<String, ParameterValue> old = a.values().getOrDefault(day, Map.of());
      Map<String, ParameterValue> now = b.values().getOrDefault(day, Map.of());
      compareKeys(name, a, b, old, now, "from " + day + ", ", out);
    }
  }

  private static void compareKeys(
      String name,
      ParameterDefinition a,
      ParameterDefinition b,
      Map<String, ParameterValue> old,
      Map<String, ParameterValue> now,
      String when,
      List<Change> out) {
    Set<String> keys = new LinkedHashSet<>(old.keySet());
    keys.addAll(now.keySet());
    for (String key : keys) {
      String was = old.containsKey(key) ? old.get(key).text() : null;
      String is = now.containsKey(key) ? now.get(key).text() : null;
      if (Figures.same(was, is)) {
        continue;
      }
      String subject = key.isEmpty() ? name : name + "[" + key + "]";
      String what = when + Figures.subject(b, key);
      if (was == null) {
        out.add(
            Change.added(
                subject, what + " " + Figures.value(b, is) + Figures.period(b) + " (new)"));
      } else if (is == null) {
        out.add(
            Change.removed(
                subject, what + ": no value any more (was " + Figures.value(a, was) + ")"));
      } else {
        out.add(
            Change.changed(
                subject,
                what
                    + " "
                    + Figures.value(a, was)
                    + " → "
                    + Figures.value(b, is)
                    + Figures.period(b)
                    + (b.unit().equals("GBP") ? Figures.percentChange(was, is) : "")));
      }
    }
  }

  static List<Change> compare(
      org.openras.engine.catalogue.RuleSetVersion a,
      org.openras.engine.catalogue.RuleSetVersion b) {
    return compare(ParameterSet.load(a), ParameterSet.load(b), ComparisonDates.of(a, b));
  }
}
