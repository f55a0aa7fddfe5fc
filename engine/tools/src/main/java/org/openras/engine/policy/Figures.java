package org.openras.engine.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Parameter figures in words: the parameter's description with its key (a client group by its
 * national title), amounts of money in pounds (£7.20), shares as percentages (3%), and the period.
 */
final class Figures {
  private Figures() {}

  /** "Weekly price of one point for learning disability support". */
  static String subject(ParameterDefinition def, String key) {
    String description = def.description() == null ? def.name() : def.description().strip();
    if (key == null || key.isEmpty()) {
      return description;
    }
    int by = description.indexOf(", by ");
    String stem = by > 0 ? description.substring(0, by) : description;
    return stem + " for " + keyTitle(key);
  }

  static String keyTitle(String key) {
    return Arrays.stream(PrimarySupportReason.values())
        .filter(r -> r.name().equals(key))
        .findFirst()
        .map(r -> Character.toLowerCase(r.title().charAt(0)) + r.title().substring(1))
        .orElse(key);
  }

  /** "£7.20", "3%", "52.143 weeks", "'counted'". */
  static String value(ParameterDefinition def, String text) {
    if (text == null) {
      return "none";
    }
    BigDecimal number = number(text);
    if (number == null) {
      return "'" + text + "'";
    }
    return switch (def.unit()) {
      case "GBP" -> "£" + number.setScale(Math.max(2, number.scale()), RoundingMode.UNNECESSARY);
      case "share" -> number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
      case "factor" -> "×" + text;
      default -> text + " " + def.unit();
    };
  }

  /** " a week", " a year", or nothing. */
  static String period(ParameterDefinition def) {
    return switch (def.period()) {
      case "week" -> " a week";
      case "year" -> " a year";
      default -> "";
    };
  }

  /** " (+4.2%)" between two amounts, or nothing when either is not a number or the old is 0. */
  static String percentChange(String from, String to) {
    BigDecimal a = number(from);
    BigDecimal b = number(to);
    if (a == null || b == null || a.signum() == 0) {
      return "";
    }
    BigDecimal pct = b.subtract(a).movePointRight(2).divide(a, 1, RoundingMode.HALF_UP);
    return " (" + (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%)";
  }

  static boolean same(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    return x != null && y != null ? x.compareTo(y) == 0 : a.equals(b);
  }

  static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
