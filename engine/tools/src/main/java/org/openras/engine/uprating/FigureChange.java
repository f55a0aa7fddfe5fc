package org.openras.engine.uprating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What an uprating does to one figure: last year's value against the new one, the change in the
 * figure's unit (pounds for money) and per cent, and flags for a policy officer to look at: left
 * unchanged, missing (absent from the new year), new (no value last year), or a change larger than
 * the threshold either way.
 *
 * @param difference new minus last, or null unless both are numbers
 * @param percent the change as a percentage of last year's value to one decimal place, or null
 */
public record FigureChange(
    UpratingFigure figure, BigDecimal difference, BigDecimal percent, List<Flag> flags) {

  public enum Flag {
    UNCHANGED("unchanged"),
    MISSING("missing"),
    NEW("new this year"),
    OVER_THRESHOLD("over the threshold");

    private final String words;

    Flag(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** The default threshold: a change over 10 % either way is flagged. */
  public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.TEN;

  public static List<FigureChange> of(UpratingDraft draft, BigDecimal thresholdPercent) {
    return draft.figures().stream().map(f -> of(f, thresholdPercent)).toList();
  }

  static FigureChange of(UpratingFigure f, BigDecimal threshold) {
    List<Flag> flags = new ArrayList<>();
    String last = f.lastValue();
    String now = f.newValue();
    if (now == null) {
      flags.add(Flag.MISSING);
      return new FigureChange(f, null, null, flags);
    }
    if (last == null) {
      flags.add(Flag.NEW);
      return new FigureChange(f, null, null, flags);
    }
    BigDecimal a = number(last);
    BigDecimal b = number(now);
    if (a == null || b == null) {
      if (last.equals(now)) {
        flags.add(Flag.UNCHANGED);
      }
      return new FigureChange(f, null, null, flags);
    }
    BigDecimal difference = b.subtract(a);
    BigDecimal percent =
        a.signum() == 0
            ? null
            : difference.multiply(BigDecimal.valueOf(100)).divide(a, 1, RoundingMode.HALF_UP);
    if (difference.signum() == 0) {
      flags.add(Flag.UNCHANGED);
    } else if (percent == null || percent.abs().compareTo(threshold) > 0) {
      flags.add(Flag.OVER_THRESHOLD);
    }
    return new FigureChange(f, difference, percent, flags);
  }

  private static BigDecimal number(String s) {
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The change in words: "+£1.90 (+1.7%)", "-2 years", or "" when there is no number to show. */
  public String words() {
    if (difference == null) {
      return "";
    }
    String sign = difference.signum() > 0 ? "+" : difference.signum() < 0 ? "-" : "";
    String amount =
        figure.money()
            ? sign + "£" + difference.abs().setScale(2, RoundingMode.HALF_UP).toPlainString()
            : sign + difference.abs().toPlainString() + " " + figure.unit();
    return percent == null
        ? amount
        : amount + " (" + (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%)";
  }

  /** The flags' names, for templates. */
  public List<String> flagNames() {
    return flags.stream().map(Flag::name).toList();
  }

  public boolean flagged(Flag flag) {
    return flags.contains(flag);
  }
}
