package org.openras.service.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;
import org.springframework.stereotype.Component;

/**
 * How every page writes a date, a time, an amount of money, a number and a code (GOV.UK style
 * guide): "2 June 2025", "2 December 2026 at 12:55am" in UK local time (Europe/London, so GMT in
 * winter and BST in summer), "£19,204.27", "1,250", client groups and codes in words. Templates
 * call it as {@code @formats}; Java code as the static methods. Amounts are shown as recorded, to
 * the penny: an amount with more than two decimal places is rounded half up for display only.
 */
@Component("formats")
public class Formats {
  /** The United Kingdom's time zone: every time a page shows is in it. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm", Locale.UK);
  private static final DateTimeFormatter AM_PM = DateTimeFormatter.ofPattern("a", Locale.UK);

  /** A date as "2 June 2025"; an ISO date text is read first; empty for null. */
  public static String date(Object value) {
    LocalDate d = localDate(value);
    return d == null ? (value == null ? "" : String.valueOf(value)) : DATE.format(d);
  }

  /**
   * An instant as "2 December 2026 at 12:55am", in UK local time; an ISO instant or offset date and
   * time text is read first. "12:00pm" is midday, "12:00am" midnight (GOV.UK writes them so, or as
   * "midday" and "midnight": we keep the figures, which sort and compare).
   */
  public static String time(Object value) {
    Instant i = instant(value);
    if (i == null) {
      LocalDate d = localDate(value);
      return d != null ? DATE.format(d) : value == null ? "" : String.valueOf(value);
    }
    ZonedDateTime t = i.atZone(UK);
    return DATE.format(t)
        + " at "
        + TIME.format(t)
        + AM_PM.format(t).toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "");
  }

  /** An amount as "£19,204.27", "−£5.00" below zero (a minus sign); empty for null. */
  public static String money(Object value) {
    BigDecimal b = decimal(value);
    if (b == null) {
      return value == null ? "" : String.valueOf(value);
    }
    BigDecimal pence = b.setScale(2, RoundingMode.HALF_UP);
    String digits = grouped("#,##0.00").format(pence.abs());
    return (pence.signum() < 0 ? "\u2212£" : "£") + digits;
  }

  /** A number with thousands separators and its own decimals: "1,250", "52.143". */
  public static String number(Object value) {
    BigDecimal b = decimal(value);
    if (b == null) {
      return value == null ? "" : String.valueOf(value);
    }
    DecimalFormat f = grouped("#,##0");
    f.setMaximumFractionDigits(Math.max(0, b.scale()));
    f.setMinimumFractionDigits(Math.max(0, b.scale()));
    return f.format(b);
  }

  /** A share of 0 to 1 as a percentage: 0.25 as "25%". */
  public static String percent(Object value) {
    BigDecimal b = decimal(value);
    if (b == null) {
      return value == null ? "" : String.valueOf(value);
    }
    BigDecimal p = b.movePointRight(2).stripTrailingZeros();
    return number(p.scale() < 0 ? p.setScale(0) : p) + "%";
  }

  /** A primary support reason (client group) in words, as the national returns name it. */
  public static String clientGroup(Object code) {
    if (code == null) {
      return "";
    }
    for (PrimarySupportReason r : PrimarySupportReason.values()) {
      if (r.name().equals(String.valueOf(code))) {
        return r.title();
      }
    }
    return words(code);
  }

  /**
   * A rule-set area in words, lower case to sit in a sentence: {@code ras} as "personal budget
   * rules", {@code councils/east-vale} as "charging rules of East Vale".
   */
  public static String area(Object code) {
    if (code == null) {
      return "";
    }
    String a = String.valueOf(code);
    int slash = a.lastIndexOf('/');
    String council = slash < 0 ? null : place(a.substring(slash + 1));
    String root = slash < 0 ? a : a.substring(0, a.indexOf('/'));
    String rules =
        switch (root) {
          case "eligibility" -> "eligibility rules";
          case "ras" -> "personal budget rules";
          case "contributions" -> "contribution rules";
          case "adjustments" -> "budget adjustment rules";
          case "councils" -> "charging rules";
          case "directpayments", "directpayments-councils" -> "direct payment rules";
          case "measures" -> "measure rules";
          default -> words(root).toLowerCase(Locale.ROOT) + " rules";
        };
    return council == null ? rules : rules + " of " + council;
  }

  private static String place(String slug) {
    StringBuilder out = new StringBuilder();
    for (String w : slug.split("[-_]")) {
      if (!w.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ")
            .append(Character.toUpperCase(w.charAt(0)))
            .append(w.substring(1));
      }
    }
    return out.toString();
  }

  /** A code in words: {@code SINGLE_PENSION_AGE} as "Single pension age", a camelCase name too. */
  public static String words(Object code) {
    if (code == null) {
      return "";
    }
    String s = String.valueOf(code);
    if (s.isEmpty()) {
      return s;
    }
    String spaced =
        s.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
    String lower = spaced.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static DecimalFormat grouped(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
  }

  static LocalDate localDate(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof TemporalAccessor t && !(value instanceof Instant)) {
      try {
        return LocalDate.from(t);
      } catch (RuntimeException e) {
        return null;
      }
    }
    if (value instanceof CharSequence s && s.length() >= 10) {
      try {
        return LocalDate.parse(s.subSequence(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant();
    }
    if (value instanceof CharSequence s) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal b) {
      return b;
    }
    if (value instanceof Money m) {
      return m.amount();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof CharSequence s) {
      try {
        return new BigDecimal(s.toString().strip().replace("£", "").replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
