package org.openras.engine.uprating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.MissingParameterException;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.params.ParameterValue;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;

/**
 * Starts an uprating draft from a version and checks what an officer enters into it. The files are
 * written by {@link UpratingFiles}; the cases chosen by {@link UpratingCases}.
 */
public final class Uprating {
  /**
   * The charging regulations' amendments come into force on 6 April (the start of the tax year), so
   * contributions figures change then; other areas change on their latest version's day.
   */
  static final MonthDay CHARGING_YEAR_START = MonthDay.of(4, 6);

  static final int NOTE_LIMIT = 500;
  static final int TITLE_LIMIT = 300;
  private static final Pattern MONEY = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,8})?");
  private static final Set<String> MARKERS = Set.of("R", "D", "I");

  private Uprating() {}

  /**
   * The first commencement date after {@code date} for {@code source}'s area: 6 April for
   * contributions, else the month and day of {@code source}'s first day.
   */
  public static LocalDate nextCommencement(RuleSetVersion source, LocalDate date) {
    MonthDay day =
        source.area().equals("contributions")
            ? CHARGING_YEAR_START
            : MonthDay.from(source.effectiveFrom());
    LocalDate next = day.atYear(date.getYear());
    return next.isAfter(date) ? next : day.atYear(date.getYear() + 1);
  }

  /** The charging year a date falls in, as {@code 2026/27} (years start on 6 April). */
  public static String yearOf(LocalDate date) {
    return MissingParameterException.chargingYear(date);
  }

  /**
   * A new draft of {@code source}'s area from {@code from}, named after that day, listing every
   * figure (each key a table has ever had) with its value in force the day before; money figures
   * start blank for the officer to enter, others (treatments, ages, steps) start carried forward.
   */
  public static UpratingDraft start(RuleSetVersion source, LocalDate from) {
    return start(source, from, List.of());
  }

  /**
   * As {@link #start(RuleSetVersion, LocalDate)}, also listing each key that a parameter of {@code
   * source} had in an earlier version of its area ({@code history}): a figure no source gave last
   * year (absent from the version in force) is still one the officer can enter this year.
   */
  public static UpratingDraft start(
      RuleSetVersion source, LocalDate from, Collection<RuleSetVersion> history) {
    if (!from.isAfter(source.effectiveFrom())) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "effectiveFrom",
                  "must be after "
                      + source.effectiveFrom()
                      + ", the first day of "
                      + source.area()
                      + " "
                      + source.version()
                      + ", the version it is made from")));
    }
    LocalDate before = from.minusDays(1);
    List<UpratingFigure> figures = new ArrayList<>();
    Map<String, Set<String>> earlierKeys = earlierKeys(source, history);
    for (ParameterDefinition def : ParameterSet.load(source).definitions().values()) {
      var inForce = def.values().floorEntry(before);
      Set<String> keys = new LinkedHashSet<>();
      def.values().values().forEach(m -> keys.addAll(m.keySet()));
      keys.addAll(earlierKeys.getOrDefault(def.name(), Set.of()));
      for (String key : keys) {
        ParameterValue last = inForce == null ? null : inForce.getValue().get(key);
        UpratingFigure f =
            new UpratingFigure(
                def.name(),
                key,
                def.description().strip(),
                def.unit(),
                def.period(),
                last == null ? null : last.text(),
                last == null ? null : last.marker(),
                last == null ? null : inForce.getKey(),
                last == null ? null : last.note(),
                null,
                null,
                null,
                false);
        figures.add(f.money() ? f : f.entered(null, null, null, true));
      }
    }
    return new UpratingDraft(
        source.area(), source.version(), from.toString(), from, null, null, figures, null, null);
  }

  /** Each parameter's keys in the versions of the area that start before {@code source}. */
  private static Map<String, Set<String>> earlierKeys(
      RuleSetVersion source, Collection<RuleSetVersion> history) {
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    for (RuleSetVersion v : history) {
      if (!v.area().equals(source.area())
          || v.version().equals(source.version())
          || v.effectiveFrom().isAfter(source.effectiveFrom())) {
        continue;
      }
      for (ParameterDefinition def : ParameterSet.load(v).definitions().values()) {
        Set<String> k = keys.computeIfAbsent(def.name(), n -> new LinkedHashSet<>());
        def.values().values().forEach(m -> k.addAll(m.keySet()));
      }
    }
    return keys;
  }

  /** What an officer enters for one figure, as the form, the API or the CLI's file gives it. */
  public record Entry(String id, String value, String marker, String note, Boolean carry) {}

  /**
   * The draft with {@code entries} applied (figures not named keep what they had) and the
   * circular's title and address.
   *
   * @throws InvalidRequestException naming every bad field ({@code figures[<id>].value}, ...)
   */
  public static UpratingDraft enter(
      UpratingDraft draft, String circularTitle, String circularUrl, List<Entry> entries) {
    List<FieldError> errors = new ArrayList<>();
    String title = text(errors, "circular.title", circularTitle, TITLE_LIMIT);
    String url = text(errors, "circular.url", circularUrl, TITLE_LIMIT);
    if (url != null && !url.matches("https?://\\S+")) {
      errors.add(new FieldError("circular.url", "must be a web address starting https://"));
    }
    Map<String, UpratingFigure> byId = new LinkedHashMap<>();
    draft.figures().forEach(f -> byId.put(f.id(), f));
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e == null || e.id() == null || !byId.containsKey(e.id())) {
        errors.add(
            new FieldError(
                "figures[" + i + "].id",
                e == null || e.id() == null
                    ? "is required: name the figure as the draft lists it (parameter.KEY)"
                    : "'" + e.id() + "' is not a figure of this draft"));
        continue;
      }
      if (!seen.add(e.id())) {
        errors.add(new FieldError("figures[" + e.id() + "]", "is given twice"));
        continue;
      }
      byId.put(e.id(), entered(errors, byId.get(e.id()), e));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return draft.with(List.copyOf(byId.values()), title, url);
  }

  private static UpratingFigure entered(List<FieldError> errors, UpratingFigure f, Entry e) {
    String field = "figures[" + f.id() + "]";
    boolean carry = Boolean.TRUE.equals(e.carry());
    String note = text(errors, field + ".note", e.note(), NOTE_LIMIT);
    String raw = e.value() == null || e.value().isBlank() ? null : e.value().strip();
    if (carry) {
      if (f.lastValue() == null) {
        errors.add(
            new FieldError(
                field + ".carry",
                "cannot carry forward: the figure has no value last year; enter a value or leave"
                    + " it absent"));
      } else if (raw != null && !raw.equals(f.lastValue())) {
        errors.add(
            new FieldError(
                field + ".value", "give a value or carry last year's forward, not both"));
      }
      return f.entered(null, null, note, true);
    }
    String marker =
        e.marker() == null || e.marker().isBlank() ? null : e.marker().strip().toUpperCase();
    if (raw == null) {
      if (marker != null && !MARKERS.contains(marker)) {
        errors.add(new FieldError(field + ".marker", "must be R, D or I"));
      }
      return f.entered(null, null, note, false);
    }
    String value = normalised(errors, field + ".value", f, raw);
    if (marker == null) {
      errors.add(
          new FieldError(
              field + ".marker",
              "is required with a value: R read in a source, D derived, I illustrative"));
    } else if (!MARKERS.contains(marker)) {
      errors.add(new FieldError(field + ".marker", "must be R, D or I, not '" + marker + "'"));
    }
    return f.entered(value, marker, note, false);
  }

  /** The value as the file holds it: money to the penny, other numbers as given, text stripped. */
  private static String normalised(
      List<FieldError> errors, String field, UpratingFigure f, String raw) {
    if (f.money()) {
      String m = raw.replace("£", "").replace(",", "").strip();
      if (!MONEY.matcher(m).matches()) {
        errors.add(
            new FieldError(
                field,
                "must be an amount in pounds and pence, such as 112.50 (not '"
                    + shortened(raw)
                    + "'); leave it blank if the figure is not published"));
        return null;
      }
      return new BigDecimal(m).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
    boolean numeric = f.lastValue() == null || NUMBER.matcher(f.lastValue()).matches();
    if (numeric && !NUMBER.matcher(raw).matches()) {
      errors.add(
          new FieldError(
              field, "must be a number in " + f.unit() + " (not '" + shortened(raw) + "')"));
      return null;
    }
    if (raw.length() > 100) {
      errors.add(new FieldError(field, "is " + raw.length() + " characters; at most 100"));
      return null;
    }
    return raw;
  }

  private static String text(List<FieldError> errors, String field, String value, int limit) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > limit) {
      errors.add(
          new FieldError(
              field, "is " + value.length() + " characters long; at most " + limit + " are kept"));
      return null;
    }
    return value.strip();
  }

  private static String shortened(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
